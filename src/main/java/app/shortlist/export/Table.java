package app.shortlist.export;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * What every export writes, whatever the format: a title, a few facts for the heading of the formal
 * list (program, round, notice period…), typed columns, and rows pushed one by one from the
 * database, so that no writer ever holds the whole list.
 *
 * @param stamp the document's date: now for a live list, the publication time for a published version
 *              (so that exporting the same version twice gives the same bytes)
 */
public record Table(String title, List<Fact> facts, List<Column> columns, Instant stamp, Rows rows) {

    public Table {
        facts = List.copyOf(facts);
        columns = List.copyOf(columns);
    }

    /** A labelled line under the title of the PDF (and the first rows of nothing else). */
    public record Fact(String label, String value) {
    }

    /** Pushes each row (one value per column, null for empty) to the sink, in order. */
    @FunctionalInterface
    public interface Rows {
        void each(Sink sink) throws IOException;
    }

    @FunctionalInterface
    public interface Sink {
        void row(Object[] cells) throws IOException;
    }
}
