package app.shortlist.screening;

/** What a screener decides about one entry. */
public enum Decision {
    PASS, REJECT,
    /** 退回补正: back to the applicant with a message and a deadline. */
    RETURN
}
