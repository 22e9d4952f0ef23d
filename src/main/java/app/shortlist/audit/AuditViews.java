package app.shortlist.audit;

import java.util.List;

import app.shortlist.i18n.Lang;
import app.shortlist.web.Dates;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** What the audit pages and the API show of the trail. */
public final class AuditViews {

    private AuditViews() {
    }

    public static AuditMsg messages(Lang lang) {
        return MessageBundles.get(AuditMsg.class, Localized.Literal.of(lang.tag()));
    }

    /** One entry as a table row (and, with the raw values, as JSON). */
    public record Row(Long seq, long id, String time, String actor, String action, String entity, String before,
            String after, String detail) {

        static Row of(AuditEntry e) {
            return new Row(e.seq, e.id, Dates.format(e.occurredAt), e.actor, e.action, e.entityType + " " + e.entityId,
                    e.before, e.after, e.detail);
        }
    }

    public static List<Row> rows(List<AuditEntry> entries) {
        return entries.stream().map(Row::of).toList();
    }

    /** The entry in the API: every stored field, including its place in the chain. */
    public record EntryJson(Long seq, long id, java.time.Instant occurredAt, String actor, String action,
            String entityType, long entityId, Long programId, String before, String after, String detail,
            String prevHash, String entryHash) {

        public static EntryJson of(AuditEntry e) {
            return new EntryJson(e.seq, e.id, e.occurredAt, e.actor, e.action, e.entityType, e.entityId, e.programId,
                    e.before, e.after, e.detail, e.prevHash, e.entryHash);
        }
    }

    /**
     * The verification for the page: a sentence per problem, in the reader's language, and one for the
     * entries still being chained (null when there are none).
     */
    public record Checked(boolean ok, String summary, String pending, String checkedAt, List<String> problems,
            boolean more, long headSeq, String headHash) {
    }

    public static Checked checked(AuditChain.Verification v, Lang lang) {
        AuditMsg msg = messages(lang);
        List<String> problems = v.problems().stream().map(p -> text(p, msg)).toList();
        return new Checked(v.ok(), v.ok() ? msg.result_ok(v.entries()) : msg.result_broken(v.problemCount(), v.entries()),
                v.pending() == 0 ? null : msg.pending(v.pending()), msg.checked_at(Dates.format(v.checkedAt())),
                problems, v.problemCount() > problems.size(), v.headSeq(), v.headHash());
    }

    static String text(AuditChain.Problem p, AuditMsg msg) {
        return switch (p.kind()) {
            case CONTENT_CHANGED -> msg.problem_content_changed(p.seq(), p.entryId());
            case LINK_BROKEN -> msg.problem_link_broken(p.seq(), p.entryId());
            case ENTRIES_MISSING -> msg.problem_entries_missing(p.missingFrom(), p.missingTo(), p.seq(), p.entryId());
            case TAIL_MISSING -> msg.problem_tail_missing(p.missingFrom(), p.missingTo());
            case NOT_CHAINED -> msg.problem_not_chained(p.entryId());
        };
    }
}
