package app.shortlist.program;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of an editor page's posted list (inputs named like {@code t[3].name.zh}):
 * its raw values, and the id, remove box and position every row has. The
 * structure editor and the form builder read their rows through this.
 */
abstract class PostedRow {

    final int index;
    final Map<String, List<String>> values = new LinkedHashMap<>();
    Long id;
    boolean remove;
    int positionOrMax = Integer.MAX_VALUE;

    PostedRow(int index) {
        this.index = index;
    }

    String text(String input) {
        List<String> v = values.get(input);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }

    boolean checked(String input) {
        return values.containsKey(input) && !text(input).isBlank();
    }

    /** The version the page was read at, carried in a hidden field; unreadable → invalid input. */
    static long version(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new app.shortlist.web.DomainException(app.shortlist.web.CommonFailure.INVALID_INPUT, "version");
        }
    }

    /** A new row left empty: nothing to add. */
    abstract boolean blank();

    /**
     * Reads the id, the remove box and the position, reporting unreadable numbers
     * through {@code errors} (the id's problem under {@code idInput}). Returns
     * whether the row still needs reading: not when removed or left blank.
     */
    boolean readCommon(ProgramMsg msg, Map<String, String> errors, String idInput) {
        String idText = text("id").strip();
        if (!idText.isEmpty()) {
            try {
                id = Long.valueOf(idText);
            } catch (NumberFormatException e) {
                errors.put(idInput, msg.form_not_a_whole_number());
            }
        }
        remove = checked("remove");
        if (remove || blank()) {
            return false;
        }
        String position = text("position").strip();
        if (!position.isEmpty()) {
            try {
                positionOrMax = Integer.parseInt(position);
            } catch (NumberFormatException e) {
                errors.put("position", msg.form_not_a_whole_number());
            }
        }
        return true;
    }
}
