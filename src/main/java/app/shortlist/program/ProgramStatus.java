package app.shortlist.program;

/** Only programs past DRAFT are visible to the public. */
public enum ProgramStatus {
    DRAFT,
    OPEN,
    CLOSED,
    ARCHIVED;

    public boolean isPublic() {
        return this != DRAFT;
    }
}
