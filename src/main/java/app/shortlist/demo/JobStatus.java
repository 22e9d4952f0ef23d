package app.shortlist.demo;

/** Where a {@link Job} stands. QUEUED and RUNNING are live; DONE and FAILED are final. */
public enum JobStatus {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean isLive() {
        return this == QUEUED || this == RUNNING;
    }
}
