package app.shortlist.program;

/** A contest with tracks and scoring rounds, or a funding call with directions and recommending units. */
public enum ProgramKind {
    COMPETITION,
    FUNDING_CALL
}
