package app.shortlist.export;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import app.shortlist.audit.AuditLog;
import app.shortlist.audit.AuditMsg;
import app.shortlist.audit.AuditViews;
import app.shortlist.i18n.Lang;
import app.shortlist.program.Program;
import app.shortlist.web.Dates;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A program's audit trail as the companion of its result lists: every recorded step, oldest first,
 * with each entry's place in the chain and its hash, so a printed or archived copy can be compared
 * with the database later. Rows come from a cursor, never all at once.
 */
@ApplicationScoped
public class AuditExport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(Dates.ZONE);

    @Inject
    AuditLog log;

    @Inject
    Clock clock;

    /** 404 unless the program exists. */
    public Table table(long programId, Lang lang) {
        String program = QuarkusTransaction.requiringNew().call(() -> {
            Program p = log.requireProgram(programId);
            return p.name.in(lang);
        });
        AuditMsg msg = AuditViews.messages(lang);
        List<Column> columns = List.of(Column.integer(msg.col_seq()), Column.text(msg.col_time(), 22),
                Column.text(msg.col_actor(), 14), Column.text(msg.col_action(), 24), Column.text(msg.col_entity(), 18),
                Column.text(msg.col_before(), 16), Column.text(msg.col_after(), 16), Column.text(msg.col_detail(), 40),
                Column.text(msg.col_hash(), 20));
        Table.Rows rows = sink -> {
            try (Stream<AuditLog.Line> lines = log.streamProgram(programId)) {
                Iterator<AuditLog.Line> it = lines.iterator();
                while (it.hasNext()) {
                    AuditLog.Line l = it.next();
                    sink.row(new Object[] { l.seq(), TIME.format(l.occurredAt()), l.actor(), l.action(),
                            l.entityType() + " " + l.entityId(), l.before(), l.after(), l.detail(), l.entryHash() });
                }
            }
        };
        return new Table(msg.export_title(program), List.of(new Table.Fact(msg.fact_program(), program)), columns,
                Instant.now(clock), rows);
    }
}
