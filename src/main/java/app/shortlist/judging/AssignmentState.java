package app.shortlist.judging;

import app.shortlist.i18n.LocalizedText;

public enum AssignmentState {
    ACTIVE("待评审", "Assigned"),
    /** The judge withdrew from it with a reason (回避); it never counts and is kept for the record. */
    RECUSED("已回避", "Recused");

    private final LocalizedText label;

    AssignmentState(String zh, String en) {
        this.label = new LocalizedText(zh, en);
    }

    public LocalizedText label() {
        return label;
    }
}
