package app.shortlist.program;

import app.shortlist.i18n.LocalizedText;

/** A contest with tracks and scoring rounds, or a funding call with directions and recommending units. */
public enum ProgramKind {
    COMPETITION("大赛", "Contest"),
    FUNDING_CALL("专项", "Funding call");

    private final LocalizedText label;

    ProgramKind(String zh, String en) {
        this.label = new LocalizedText(zh, en);
    }

    public LocalizedText label() {
        return label;
    }
}
