package app.shortlist.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link Table} to a stream in one format, row by row. */
interface TableWriter {

    void write(Table table, OutputStream out) throws IOException;
}
