package app.shortlist.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

import app.shortlist.account.CurrentUser;
import app.shortlist.application.ApplicationForm;
import app.shortlist.audit.AuditTrail;
import app.shortlist.funding.UnitMember;
import app.shortlist.funding.UnitMemberService;
import app.shortlist.i18n.Lang;
import app.shortlist.program.Program;
import app.shortlist.program.ProgramDefinition;
import app.shortlist.program.ProgramDefinition.LongText;
import app.shortlist.program.ProgramDefinition.Text;
import app.shortlist.program.ProgramParts;
import app.shortlist.program.ProgramService;
import app.shortlist.program.ProgramStatus;
import app.shortlist.program.ProgramTemplates;
import app.shortlist.program.RecommendingUnit;
import app.shortlist.web.Dates;
import app.shortlist.web.DomainException;
import app.shortlist.web.RequestLanguage;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.context.api.ManagedExecutorConfig;

/**
 * Generates the demo data sets — never at start-up, only when an admin asks.
 * {@code start…} creates the program and a {@link Job} row in the caller's
 * request and returns at once; the rows are then written on a managed executor,
 * {@value #BATCH} per transaction, each batch moving the job's progress in the
 * same transaction. The end opens the program and stores the result; a failure
 * removes what was written and stores the cause. Progress lives only in the
 * database, so any instance can show it.
 */
@ApplicationScoped
public class DemoData {

    static final int BATCH = 500;
    /** How long the reference programs have been open when the demo data is made. */
    static final int HANGZHOU_DAYS_OPEN = 65;
    /** Today falls in the Jiangxi batch's notice period (9-20 to 9-26 in the template, opening 7-1). */
    static final int JIANGXI_DAYS_OPEN = 83;
    /** The demo account bound to {@value #JIANGXI_RECOMMENDER_UNIT} in the Jiangxi program. */
    static final String DEMO_RECOMMENDER = "recommender";
    static final String JIANGXI_RECOMMENDER_UNIT = "南昌高新区";

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @Inject
    ProgramService programs;

    @Inject
    ApplicationForm form;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestLanguage language;

    @Inject
    Clock clock;

    @Inject
    DemoWriter writer;

    @Inject
    JiangxiOutcome jiangxiOutcome;

    /** Nothing of the request that starts a job is carried to the thread that runs it. */
    @Inject
    @ManagedExecutorConfig(propagated = {}, cleared = ThreadContext.ALL_REMAINING)
    ManagedExecutor executor;

    public Job startHangzhou() {
        return start(DemoKind.HANGZHOU, HangzhouPlan.TOTAL);
    }

    public Job startJiangxi() {
        return start(DemoKind.JIANGXI, 0);
    }

    /** {@code count} from 1 to {@value DemoKind#MAX_COUNT}; a refusal names the field "count". */
    public Job startSynthetic(int count) {
        if (count < 1 || count > DemoKind.MAX_COUNT) {
            throw new DomainException(DemoFailure.COUNT_INVALID,
                    Map.of("count", DemoFailure.COUNT_INVALID.message(lang())));
        }
        return start(DemoKind.SYNTHETIC, count);
    }

    /** For the API: the kind by its slug; the synthetic set defaults to {@value DemoKind#DEFAULT_COUNT}. */
    public Job start(String slug, Integer count) {
        DemoKind kind = DemoKind.of(slug)
                .orElseThrow(() -> new DomainException(DemoFailure.UNKNOWN_KIND, String.valueOf(slug)));
        return switch (kind) {
            case HANGZHOU -> startHangzhou();
            case JIANGXI -> startJiangxi();
            case SYNTHETIC -> startSynthetic(count == null ? DemoKind.DEFAULT_COUNT : count);
        };
    }

    // --- starting (the admin's request) ---------------------------------------------

    private Job start(DemoKind kind, int count) {
        String key = kind.exclusiveKey(count);
        QuarkusTransaction.requiringNew().timeout(600).run(() -> releaseIfOver(kind, key));
        Job job;
        try {
            job = QuarkusTransaction.requiringNew().call(() -> prepare(kind, count, key));
        } catch (RuntimeException e) {
            if (DemoWriter.violates(e, "job_exclusive_uk")) {
                // Another request took the key between our check and our insert.
                throw QuarkusTransaction.requiringNew().call(() -> refusal(kind, Job.holding(key)));
            }
            throw e;
        }
        long jobId = job.id;
        try {
            executor.runAsync(() -> run(jobId, kind, count));
        } catch (RejectedExecutionException e) {
            failed(jobId, kind, e);
        }
        return job;
    }

    /**
     * Frees the key of a run that can no longer finish (its instance stopped:
     * its rows are removed) or whose program no longer exists.
     */
    private void releaseIfOver(DemoKind kind, String key) {
        Job holder = Job.holding(key);
        if (holder == null) {
            return;
        }
        Instant now = clock.instant();
        if (holder.isStalledAt(now)) {
            String left = writer.discard(holder.programId, prefix(kind));
            JobStatus before = holder.status;
            holder.status = JobStatus.FAILED;
            holder.exclusiveKey = null;
            holder.finishedAt = now;
            holder.updatedAt = now;
            holder.message = DemoResults.both(
                    (m, l) -> m.abandoned(Job.STALL_AFTER.toMinutes()) + (left == null ? "" : " " + left));
            audit.record("DEMO_DATA_ABANDONED", "job", holder.id, holder.programId, before, holder.status, left);
        } else if (holder.status == JobStatus.DONE
                && (holder.programId == null || Program.findById(holder.programId) == null)) {
            holder.exclusiveKey = null;
        }
    }

    private Job prepare(DemoKind kind, int count, String key) {
        Job holder = Job.holding(key);
        if (holder != null) {
            throw refusal(kind, holder);
        }
        Instant now = clock.instant();
        Job job = new Job();
        job.kind = kind.jobKind();
        job.status = JobStatus.QUEUED;
        job.total = count;
        job.exclusiveKey = key;
        String user = currentUser.getUsername();
        job.startedBy = user == null ? "system" : user;
        job.createdAt = now;
        job.updatedAt = now;
        job.persistAndFlush(); // the key is taken here, before any work
        Program p = switch (kind) {
            case HANGZHOU -> fromTemplate(ProgramTemplates.HANGZHOU_2024, HANGZHOU_DAYS_OPEN);
            case JIANGXI -> fromTemplate(ProgramTemplates.JIANGXI_2024_3, JIANGXI_DAYS_OPEN);
            case SYNTHETIC -> synthetic(count);
        };
        job.programId = p.id;
        audit.record("DEMO_DATA_STARTED", "job", job.id, p.id, null, job.status,
                kind.slug() + (kind == DemoKind.SYNTHETIC ? " " + count : "") + " into " + p.code);
        return job;
    }

    private DomainException refusal(DemoKind kind, Job holder) {
        if (holder == null || holder.status.isLive()) {
            return new DomainException(DemoFailure.ALREADY_RUNNING, kind.label(),
                    holder == null ? "?" : holder.id.toString());
        }
        Program p = holder.programId == null ? null : Program.findById(holder.programId);
        return new DomainException(DemoFailure.ALREADY_GENERATED, kind.label(), p == null ? "—" : p.code,
                holder.id.toString());
    }

    /** The template's program with its submission window opened {@code daysOpen} days ago; a draft for now. */
    private Program fromTemplate(String templateId, int daysOpen) {
        Program p = programs.createFromTemplate(templateId);
        ProgramDefinition d = programs.definition(p);
        return programs.update(p.id, p.version, d.shiftedBy(shiftToOpen(d, daysOpen)));
    }

    private Program synthetic(int count) {
        ProgramDefinition t = ProgramTemplates.get(ProgramTemplates.HANGZHOU_2024).orElseThrow().definition();
        String n = String.format(Locale.ROOT, "%,d", count);
        ProgramDefinition d = new ProgramDefinition(null, null, null, syntheticCode(count), t.kind(),
                new Text("性能测试合成数据（" + n + " 份报名）", "Synthetic performance data (" + n + " applications)"),
                t.organiser(),
                new LongText("由演示数据生成器按杭州大赛模板创建，用于性能测试。报名为合成数据，不含附件。",
                        "Made by the demo-data generator from the Hangzhou template, for performance work. "
                                + "The applications are synthetic and have no attachments."),
                t.opensAt(), t.submissionDeadline(), t.allowMultiple(), t.asksEnterprise(),
                t.applicantsSeeScores(), t.divisions(), t.tracks(),
                t.sections(), t.directions(), t.units(), t.rounds(), t.fields());
        return programs.create(d.shiftedBy(shiftToOpen(d, HANGZHOU_DAYS_OPEN)));
    }

    /** SYN100K for 100,000, SYN2500 for 2,500. */
    static String syntheticCode(int count) {
        return "SYN" + (count % 1000 == 0 ? count / 1000 + "K" : Integer.toString(count));
    }

    /** Whole days that move the definition's opening to {@code daysOpen} days before today (China time). */
    private Duration shiftToOpen(ProgramDefinition d, int daysOpen) {
        if (d.opensAt() == null) {
            return Duration.ZERO;
        }
        LocalDate target = clock.instant().atZone(Dates.ZONE).toLocalDate().minusDays(daysOpen);
        return Duration.ofDays(ChronoUnit.DAYS.between(d.opensAt().atZone(Dates.ZONE).toLocalDate(), target));
    }

    // --- running (a worker thread) ------------------------------------------------------

    private record Setup(DemoPlan plan, long programId) {
    }

    void run(long jobId, DemoKind kind, int count) {
        try {
            Setup setup = QuarkusTransaction.requiringNew().call(() -> begin(jobId, kind, count));
            if (setup == null) {
                return;
            }
            DemoPlan plan = setup.plan();
            for (int from = 0; from < plan.total(); from += BATCH) {
                int to = Math.min(from + BATCH, plan.total());
                List<DemoApplication> rows = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    rows.add(plan.row(i));
                }
                QuarkusTransaction.requiringNew().run(() -> {
                    if (kind == DemoKind.SYNTHETIC) {
                        writer.insert(setup.programId(), rows);
                    } else {
                        writer.persist(setup.programId(), rows);
                    }
                    progress(jobId, to);
                });
            }
            if (kind == DemoKind.JIANGXI) {
                QuarkusTransaction.requiringNew().timeout(600).run(() -> concludeJiangxi(jobId, setup.programId()));
            }
            QuarkusTransaction.requiringNew().run(() -> finish(jobId, kind, plan));
        } catch (Throwable e) {
            failed(jobId, kind, e);
        }
    }

    /** Loads the program, makes the plan, reserves its reference numbers, and marks the job running. */
    private Setup begin(long jobId, DemoKind kind, int count) {
        Job job = Job.findById(jobId);
        if (job == null || job.status != JobStatus.QUEUED) {
            return null;
        }
        Instant now = clock.instant();
        ProgramShape shape = shape(job.programId);
        DemoPlan plan = switch (kind) {
            case HANGZHOU -> new HangzhouPlan(shape, now);
            case JIANGXI -> new JiangxiPlan(shape, shape.deadline() != null && shape.deadline().isBefore(now)
                    ? shape.deadline() : now);
            case SYNTHETIC -> new SyntheticPlan(shape, count, now);
        };
        // Later real submissions number on from here, even if someone opens the program mid-way.
        Program.getEntityManager()
                .createNativeQuery("UPDATE program SET reference_counter = ?1 WHERE id = ?2 AND reference_counter = 0")
                .setParameter(1, plan.total()).setParameter(2, job.programId).executeUpdate();
        job.status = JobStatus.RUNNING;
        job.total = plan.total();
        job.startedAt = now;
        job.updatedAt = now;
        return new Setup(plan, job.programId);
    }

    private ProgramShape shape(long programId) {
        Program p = Program.findById(programId);
        ProgramParts parts = ProgramParts.load(programId);
        return new ProgramShape(p.id, p.code, p.opensAt, p.submissionDeadline,
                parts.tracks().stream().map(t -> new ProgramShape.Part(t.id, t.name.zh, null)).toList(),
                parts.directions().stream().map(d -> new ProgramShape.Part(d.id, d.name.zh, d.quota)).toList(),
                parts.units().stream()
                        .map(u -> new ProgramShape.Unit(u.id, u.name.zh, u.city == null ? null : u.city.zh)).toList(),
                parts.fields(), form.rules(p, parts.fields()));
    }

    /** Recommendation, expert review and the published proposed list, as the admin who started the job. */
    private void concludeJiangxi(long jobId, long programId) {
        Job job = Job.findById(jobId);
        if (job == null || job.status != JobStatus.RUNNING) {
            throw new IllegalStateException("job " + jobId + " is no longer running");
        }
        jiangxiOutcome.conclude(programId, job.startedBy);
        job.updatedAt = clock.instant();
    }

    /** In the batch's transaction: the progress commits with the rows, or neither does. */
    private void progress(long jobId, int done) {
        Job job = Job.findById(jobId);
        if (job == null || job.status != JobStatus.RUNNING) {
            throw new IllegalStateException("job " + jobId + " is no longer running");
        }
        job.done = done;
        job.updatedAt = clock.instant();
    }

    private void finish(long jobId, DemoKind kind, DemoPlan plan) {
        Job job = Job.findById(jobId);
        if (job == null || job.status != JobStatus.RUNNING) {
            throw new IllegalStateException("job " + jobId + " is no longer running");
        }
        Program p = Program.findById(job.programId);
        if (plan instanceof SyntheticPlan synthetic) {
            // Drafts took no number: the counter ends at the last one handed out.
            Program.getEntityManager()
                    .createNativeQuery("UPDATE program SET reference_counter = ?1 WHERE id = ?2 AND reference_counter = ?3")
                    .setParameter(1, synthetic.references()).setParameter(2, p.id).setParameter(3, plan.total())
                    .executeUpdate();
        }
        Instant now = clock.instant();
        if (p.status == ProgramStatus.DRAFT) {
            p.status = ProgramStatus.OPEN;
            record(job.startedBy, "OPENED", ProgramService.ENTITY, p.id, p.id, ProgramStatus.DRAFT, ProgramStatus.OPEN,
                    "demo data, job #" + job.id);
        }
        if (kind == DemoKind.JIANGXI) {
            bindRecommender(job, p);
        }
        job.message = DemoResults.of(kind, p);
        job.status = JobStatus.DONE;
        job.done = job.total;
        job.finishedAt = now;
        job.updatedAt = now;
        record(job.startedBy, "DEMO_DATA_GENERATED", "job", job.id, p.id, JobStatus.RUNNING, JobStatus.DONE,
                job.message.en);
    }

    /** The demo account {@value #DEMO_RECOMMENDER} acts for Nanchang High-tech Zone, the district with most applications. */
    private void bindRecommender(Job job, Program p) {
        RecommendingUnit unit = RecommendingUnit.<RecommendingUnit>find("program.id = ?1 and name.zh = ?2", p.id,
                JIANGXI_RECOMMENDER_UNIT).firstResult();
        if (unit == null || UnitMember.of(p.id, DEMO_RECOMMENDER).isPresent()) {
            return;
        }
        UnitMember m = new UnitMember();
        m.program = p;
        m.unit = unit;
        m.username = DEMO_RECOMMENDER;
        m.email = DEMO_RECOMMENDER + "@demo.shortlist.local";
        m.createdAt = clock.instant();
        m.createdBy = job.startedBy;
        m.persist();
        record(job.startedBy, "UNIT_MEMBER_BOUND", UnitMemberService.ENTITY, m.id, p.id, null, unit.name.zh,
                DEMO_RECOMMENDER + " (demo data, job #" + job.id + ")");
    }

    private void failed(long jobId, DemoKind kind, Throwable e) {
        LOG.errorf(e, "Demo data job %d (%s) failed", jobId, kind.slug());
        String cause = cause(e);
        try {
            Long programId = QuarkusTransaction.requiringNew().call(() -> {
                Job job = Job.findById(jobId);
                return job == null || !job.status.isLive() ? null : job.programId;
            });
            String left = programId == null ? null
                    : QuarkusTransaction.requiringNew().timeout(600).call(() -> writer.discard(programId, prefix(kind)));
            QuarkusTransaction.requiringNew().run(() -> {
                Job job = Job.findById(jobId);
                if (job == null || !job.status.isLive()) {
                    return; // taken over as abandoned: whoever did so has cleaned up
                }
                Instant now = clock.instant();
                JobStatus before = job.status;
                job.status = JobStatus.FAILED;
                job.exclusiveKey = null;
                job.finishedAt = now;
                job.updatedAt = now;
                job.message = DemoResults.both((m, l) -> m.failed(cause) + (left == null ? "" : " " + left));
                record(job.startedBy, "DEMO_DATA_FAILED", "job", job.id, job.programId, before, job.status, cause);
            });
        } catch (RuntimeException again) {
            LOG.errorf(again, "Demo data job %d: could not record the failure", jobId);
        }
    }

    static String prefix(DemoKind kind) {
        return switch (kind) {
            case HANGZHOU -> HangzhouPlan.APPLICANT_PREFIX;
            case JIANGXI -> JiangxiPlan.APPLICANT_PREFIX;
            case SYNTHETIC -> SyntheticPlan.APPLICANT_PREFIX;
        };
    }

    /** The innermost cause in one line: what an admin can act on, never a stack trace. */
    static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }

    /** The audit entry of a step done on a worker thread: the actor is the admin who started the job. */
    private void record(String actor, String action, String entityType, long entityId, Long programId, Object before,
            Object after, String detail) {
        audit.recordAs(actor, action, entityType, entityId, programId, before, after, detail);
    }

    /** The caller's language for field messages; Chinese outside a request. */
    private Lang lang() {
        if (!Arc.container().requestContext().isActive()) {
            return Lang.DEFAULT;
        }
        try {
            return language.get();
        } catch (RuntimeException e) {
            return Lang.DEFAULT;
        }
    }
}
