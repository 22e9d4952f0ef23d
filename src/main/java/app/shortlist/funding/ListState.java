package app.shortlist.funding;

import app.shortlist.i18n.LocalizedText;

/** Where a unit's recommendation list stands with the province. */
public enum ListState {
    DRAFT("未提交", "Not submitted"),
    /** Sent to the province: locked until the province returns it. */
    SUBMITTED("已提交", "Submitted"),
    /** The province sent it back with a reason: editable again, to be submitted again. */
    RETURNED("已退回", "Returned");

    private final LocalizedText label;

    ListState(String zh, String en) {
        this.label = new LocalizedText(zh, en);
    }

    public LocalizedText label() {
        return label;
    }

    public boolean isEditable() {
        return this != SUBMITTED;
    }
}
