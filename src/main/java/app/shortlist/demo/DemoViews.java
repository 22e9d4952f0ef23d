package app.shortlist.demo;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.shortlist.i18n.Lang;
import app.shortlist.program.Program;
import app.shortlist.web.Dates;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** What the demo-data and job pages and the job API show, already in the reader's language. */
public final class DemoViews {

    private DemoViews() {
    }

    public static DemoMsg messages(Lang lang) {
        return MessageBundles.get(DemoMsg.class, Localized.Literal.of(lang.tag()));
    }

    @Schema(name = "Job", description = "Long-running work and its progress. Stored in the database, so any instance reports it; poll until status is DONE or FAILED.")
    public record JobView(
            long id,
            @Schema(description = "What the job does: demo-hangzhou, demo-jiangxi, demo-synthetic") String kind,
            JobStatus status,
            @Schema(description = "Units of work committed so far (applications written)") int done,
            @Schema(description = "Units of work in all; 0 until the job has started") int total,
            int percent,
            @Schema(description = "The result when done, or the cause of a failure, in the caller's language") String message,
            @Schema(description = "The program the job made") Long programId,
            String programCode,
            String startedBy,
            Instant createdAt,
            Instant startedAt,
            @Schema(description = "Moves with every committed batch") Instant updatedAt,
            Instant finishedAt,
            @Schema(description = "Live but without progress for 5 minutes: the instance running it has probably stopped") boolean stalled) {

        static JobView of(Job j, String programCode, Lang lang, Instant now) {
            return new JobView(j.id, j.kind, j.status, j.done, j.total, j.percent(),
                    j.message == null ? null : j.message.in(lang), j.programId, programCode, j.startedBy, j.createdAt,
                    j.startedAt, j.updatedAt, j.finishedAt, j.isStalledAt(now));
        }
    }

    /** A line of the recent-jobs table. */
    public record JobRow(long id, String kind, String status, String statusCode, int done, int total, int percent,
            String progress, String created, String startedBy) {
    }

    /** The job page. */
    public record JobPage(long id, String title, String kind, String status, String statusCode, int done, int total,
            int percent, String progress, String message, boolean live, boolean stalled, long stallMinutes,
            Long programId, String programCode, String startedBy, String created, String finished, String elapsed) {
    }

    /** The numbers the demo-data page quotes, formatted. */
    public record Sets(String hangzhouCount, String countries, String zone, String batch) {
        static Sets current() {
            return new Sets(format(HangzhouPlan.TOTAL), Integer.toString(DemoWords.COUNTRIES.size()),
                    Integer.toString(JiangxiPlan.ZONE_BY_DIRECTION.values().stream().mapToInt(Integer::intValue).sum()),
                    Integer.toString(DemoData.BATCH));
        }
    }

    static JobPage page(Job j, String programCode, Lang lang, Instant now) {
        DemoMsg m = messages(lang);
        String elapsed = j.startedAt == null ? null
                : m.seconds(String.format(lang.locale(), "%.1f",
                        Duration.between(j.startedAt, j.finishedAt != null ? j.finishedAt : now).toMillis() / 1000.0));
        return new JobPage(j.id, m.job_title(j.id.toString()), kind(j, lang), status(m, j.status), j.status.name(),
                j.done, j.total, j.percent(), progress(m, j, lang), j.message == null ? null : j.message.in(lang),
                j.status.isLive(), j.isStalledAt(now), Job.STALL_AFTER.toMinutes(), j.programId, programCode,
                j.startedBy, Dates.format(j.createdAt), Dates.format(j.finishedAt), elapsed);
    }

    static List<JobRow> rows(List<Job> jobs, Lang lang) {
        DemoMsg m = messages(lang);
        return jobs.stream().map(j -> new JobRow(j.id, kind(j, lang), status(m, j.status), j.status.name(), j.done,
                j.total, j.percent(), progress(m, j, lang), Dates.format(j.createdAt), j.startedBy)).toList();
    }

    /** Codes of the jobs' programs, in one query. */
    static Map<Long, String> programCodes(List<Job> jobs) {
        List<Long> ids = jobs.stream().map(j -> j.programId).filter(id -> id != null).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Program.<Program> list("id in ?1", ids).stream()
                .collect(Collectors.toMap(p -> p.id, p -> p.code));
    }

    static String kind(Job j, Lang lang) {
        return DemoKind.ofJob(j.kind).map(k -> k.label().in(lang)
                + (k == DemoKind.SYNTHETIC && j.total > 0 ? (lang == Lang.EN ? " (" : "（") + format(j.total, lang)
                        + (lang == Lang.EN ? ")" : "）") : ""))
                .orElse(j.kind);
    }

    static String status(DemoMsg m, JobStatus status) {
        Function<DemoMsg, String> label = switch (status) {
            case QUEUED -> DemoMsg::status_QUEUED;
            case RUNNING -> DemoMsg::status_RUNNING;
            case DONE -> DemoMsg::status_DONE;
            case FAILED -> DemoMsg::status_FAILED;
        };
        return label.apply(m);
    }

    static String progress(DemoMsg m, Job j, Lang lang) {
        return m.progress_text(format(j.done, lang), format(j.total, lang), j.percent());
    }

    static String format(long n) {
        return format(n, Lang.EN);
    }

    static String format(long n, Lang lang) {
        return NumberFormat.getIntegerInstance(lang.locale()).format(n);
    }
}
