package app.shortlist.program;

import app.shortlist.i18n.LocalizedText;

/**
 * Where a round stands. PENDING → OPEN → CLOSED → CONFIRMED; an admin may reopen a CLOSED round,
 * never a CONFIRMED one (its ranking is frozen and its entries have moved on).
 */
public enum RoundState {
    /** Not started: entries may arrive, nobody decides or scores yet. */
    PENDING("未开始", "Not started"),
    /** Screeners decide, judges score. */
    OPEN("进行中", "Open"),
    /** No more decisions or scores; the admin reviews the ranking. */
    CLOSED("已截止", "Closed"),
    /** The outcome is confirmed and frozen; the selected entries are in the next round. */
    CONFIRMED("已确认", "Confirmed");

    private final LocalizedText label;

    RoundState(String zh, String en) {
        this.label = new LocalizedText(zh, en);
    }

    public LocalizedText label() {
        return label;
    }
}
