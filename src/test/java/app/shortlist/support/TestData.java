package app.shortlist.support;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import app.shortlist.i18n.LocalizedText;
import app.shortlist.judging.Assignment;
import app.shortlist.judging.AssignmentState;
import app.shortlist.judging.Criterion;
import app.shortlist.judging.Judge;
import app.shortlist.judging.PoolMember;
import app.shortlist.pipeline.EntryState;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.program.Round;
import app.shortlist.program.RoundKind;
import app.shortlist.program.RoundState;
import app.shortlist.program.RuleKind;
import app.shortlist.program.FieldType;
import app.shortlist.program.FormField;
import app.shortlist.program.Program;
import app.shortlist.program.ProgramKind;
import app.shortlist.program.ProgramStatus;
import app.shortlist.program.Track;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Builds the rows a test needs and wipes them afterwards (the test database is shared by all test classes). */
public final class TestData {

    private TestData() {
    }

    /** Every table, children first. */
    public static void wipe() {
        QuarkusTransaction.requiringNew().run(() -> {
            var em = Program.getEntityManager();
            for (String table : new String[] { "objection", "result_list_entry", "result_list_version", "result_removal",
                    "result_row", "result_list", "job", "notification", "attachment_content", "attachment", "audit_entry",
                    "ranking_line", "ranking_snapshot", "advancement_override", "scorecard", "assignment_change",
                    "assignment", "round_judge", "judge_conflict", "judge", "rubric_criterion", "recommendation", "unit_list",
                    "unit_member", "round_entry",
                    "checklist_item", "reject_reason", "application", "form_field", "program_round", "direction", "section", "track", "division",
                    "recommending_unit", "program" }) {
                em.createNativeQuery("DELETE FROM " + table).executeUpdate();
            }
            // The audit chain starts again with the emptied trail (else the next entry links to a deleted one).
            em.createNativeQuery("UPDATE audit_chain SET last_seq = 0, last_hash = '" + app.shortlist.audit.AuditHash.GENESIS
                    + "' WHERE id = 1").executeUpdate();
        });
    }

    public record Contest(long programId, long trackId, String code) {
    }

    /**
     * An open contest closing in a week, with one track, a required text field
     * "summary", a number "team_size" (1–50) and a required PDF "business_plan" (≤ 1 MB).
     */
    public static Contest openContest(String code) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Program p = new Program();
            p.code = code;
            p.kind = ProgramKind.COMPETITION;
            p.status = ProgramStatus.OPEN;
            p.name = new LocalizedText("测试大赛 " + code, "Test contest " + code);
            p.opensAt = Instant.now().minus(Duration.ofDays(1));
            p.submissionDeadline = Instant.now().plus(Duration.ofDays(7));
            p.persist();
            Track t = new Track();
            t.program = p;
            t.position = 1;
            t.name = new LocalizedText("数字经济组", "Digital economy");
            t.persist();
            field(p, 1, "summary", FieldType.LONG_TEXT, true, "项目简介", "Project summary");
            FormField team = field(p, 2, "team_size", FieldType.NUMBER, false, "团队人数", "Team size");
            team.minValue = BigDecimal.ONE;
            team.maxValue = new BigDecimal("50");
            FormField plan = field(p, 3, "business_plan", FieldType.FILE, true, "商业计划书", "Business plan");
            plan.allowedTypes = "PDF";
            plan.maxBytes = 1024L * 1024;
            return new Contest(p.id, t.id, code);
        });
    }

    /** {@code count} submitted applications written directly (no API), for list and query-count tests. */
    public static void submitted(Contest contest, String owner, int count) {
        QuarkusTransaction.requiringNew().run(() -> {
            Program p = Program.findById(contest.programId());
            Track t = Track.findById(contest.trackId());
            long existing = app.shortlist.application.Application.count("program", p);
            for (int i = 1; i <= count; i++) {
                var a = new app.shortlist.application.Application();
                a.program = p;
                a.applicantId = "sub-" + owner;
                a.applicantName = owner;
                a.applicantLang = "zh-CN";
                a.status = app.shortlist.application.ApplicationStatus.SUBMITTED;
                a.reference = "%s-%05d".formatted(contest.code(), existing + i);
                a.projectName = "项目 " + (existing + i);
                a.organisation = "机构 " + i;
                a.track = t;
                a.countryRegion = i % 2 == 0 ? "DE" : "JP";
                a.createdAt = Instant.now();
                a.updatedAt = a.createdAt;
                a.submittedAt = a.createdAt;
                a.persist();
            }
        });
    }

    private static FormField field(Program p, int position, String key, FieldType type, boolean required, String zh,
            String en) {
        FormField f = new FormField();
        f.program = p;
        f.position = position;
        f.key = key;
        f.type = type;
        f.required = required;
        f.label = new LocalizedText(zh, en);
        f.persist();
        return f;
    }

    /** The smallest file every PDF reader and our content check accept as a PDF. */
    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    // ---------------------------------------------------------------- judging (scoring rounds)

    /**
     * What {@link #scoringRound} built. Lists are in creation order (ids ascending). Judge i (1-based) has the
     * username {@code judgeUsernames.get(i - 1)} = {@code "<code lower case>-judge<i>"}: sign in with
     * {@code TestTokens.of(username, Role.JUDGE)}.
     */
    public record ScoringRound(long programId, long roundId, long nextRoundId, List<Long> trackIds,
            List<Long> judgeIds, List<String> judgeUsernames, List<Long> applicationIds, List<Long> entryIds) {
    }

    /** One assignment made by {@link #assign(ScoringRound)}. */
    public record Assigned(long assignmentId, long applicationId, long judgeId, String judgeUsername) {
    }

    /**
     * A contest (from {@link #openContest}, plus a second track "Advanced manufacturing") with two SCORING rounds:
     * round 1 "海选 / Open selection", OPEN, closing in 7 days, k = {@code k}, not blind, TRIMMED_MEAN, tie-breaks
     * {@code criterion:innovation,MORE_TOP_SCORES,APPLICATION_ID}, rule TOP_N 3 overall; and round 2 "复赛 /
     * Semi-final", PENDING, with the same rubric (for advancement to move into).
     *
     * <p>Round 1 has a rubric of three criteria, each 0–10 in steps of 0.5: {@code innovation} (weight 40),
     * {@code market} (30), {@code team} (30); a pool of {@code judges} judges (registry rows: name "评委 i",
     * organisation "评审单位 i", unit none, e-mail {@code <username>@example.org}, no panels, all active); and
     * {@code applications} SUBMITTED applications, each with a WAITING entry: application i (1-based) has
     * organisation "企业 i", USCC null, applicant "applicant-i" (applicantName, = account username), project
     * "项目 i", and track 1 when i is odd, track 2 when even. No assignments, no scorecards: call
     * {@link #assign(ScoringRound)} for a fixed assignment, or the assignment service for the real one.
     */
    public static ScoringRound scoringRound(String code, int applications, int judges, int k) {
        Contest c = openContest(code);
        return QuarkusTransaction.requiringNew().call(() -> {
            Program p = Program.findById(c.programId());
            Track t1 = Track.findById(c.trackId());
            Track t2 = new Track();
            t2.program = p;
            t2.position = 2;
            t2.name = new LocalizedText("先进制造组", "Advanced manufacturing");
            t2.persist();
            Instant now = Instant.now();
            Round r1 = round(p, 1, "海选", "Open selection", RoundState.OPEN, k);
            r1.startsAt = now.minus(Duration.ofDays(1));
            r1.endsAt = now.plus(Duration.ofDays(7));
            r1.tieBreaks = "criterion:innovation,MORE_TOP_SCORES,APPLICATION_ID";
            r1.ruleKind = RuleKind.TOP_N;
            r1.ruleN = 3;
            Round r2 = round(p, 2, "复赛", "Semi-final", RoundState.PENDING, k);
            for (Round r : List.of(r1, r2)) {
                criterion(r, 1, "innovation", "创新性", "Innovation", "40");
                criterion(r, 2, "market", "市场前景", "Market", "30");
                criterion(r, 3, "team", "团队能力", "Team", "30");
            }
            String prefix = code.toLowerCase(java.util.Locale.ROOT) + "-judge";
            List<Long> judgeIds = new java.util.ArrayList<>();
            List<String> usernames = new java.util.ArrayList<>();
            for (int i = 1; i <= judges; i++) {
                Judge j = new Judge();
                j.username = prefix + i;
                j.name = "评委 " + i;
                j.email = j.username + "@example.org";
                j.organisation = "评审单位 " + i;
                j.createdAt = now;
                j.persist();
                PoolMember m = new PoolMember();
                m.round = r1;
                m.judge = j;
                m.active = true;
                m.persist();
                judgeIds.add(j.id);
                usernames.add(j.username);
            }
            List<Long> appIds = new java.util.ArrayList<>();
            List<Long> entryIds = new java.util.ArrayList<>();
            for (int i = 1; i <= applications; i++) {
                var a = new app.shortlist.application.Application();
                a.program = p;
                a.applicantId = "sub-applicant-" + i;
                a.applicantName = "applicant-" + i;
                a.applicantLang = "zh-CN";
                a.applicantEmail = "applicant-" + i + "@example.org";
                a.status = app.shortlist.application.ApplicationStatus.SUBMITTED;
                a.reference = "%s-%05d".formatted(code, i);
                a.projectName = "项目 " + i;
                a.organisation = "企业 " + i;
                a.track = i % 2 == 1 ? t1 : t2;
                a.countryRegion = "CN";
                a.createdAt = now;
                a.updatedAt = now;
                a.submittedAt = now;
                a.persist();
                RoundEntry e = new RoundEntry();
                e.round = r1;
                e.application = a;
                e.state = EntryState.WAITING;
                e.enteredAt = now;
                e.persist();
                appIds.add(a.id);
                entryIds.add(e.id);
            }
            return new ScoringRound(p.id, r1.id, r2.id, List.of(t1.id, t2.id), List.copyOf(judgeIds),
                    List.copyOf(usernames), List.copyOf(appIds), List.copyOf(entryIds));
        });
    }

    /**
     * A fixed assignment without the assigner: application number a (0-based) gets judges a, a+1, …, a+k−1
     * (mod the pool size), all ACTIVE, not manual. Returns them ordered by application, then judge position.
     */
    public static List<Assigned> assign(ScoringRound sr) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Round r = Round.findById(sr.roundId());
            int n = sr.judgeIds().size();
            List<Assigned> out = new java.util.ArrayList<>();
            for (int a = 0; a < sr.applicationIds().size(); a++) {
                for (int t = 0; t < Math.min(r.judgesPerEntry, n); t++) {
                    int j = (a + t) % n;
                    Assignment x = new Assignment();
                    x.round = r;
                    x.entry = RoundEntry.findById(sr.entryIds().get(a));
                    x.application = x.entry.application;
                    x.judge = Judge.findById(sr.judgeIds().get(j));
                    x.state = AssignmentState.ACTIVE;
                    x.createdAt = Instant.now();
                    x.persist();
                    out.add(new Assigned(x.id, sr.applicationIds().get(a), sr.judgeIds().get(j),
                            sr.judgeUsernames().get(j)));
                }
            }
            return out;
        });
    }

    private static Round round(Program p, int position, String zh, String en, RoundState state, int k) {
        Round r = new Round();
        r.program = p;
        r.position = position;
        r.kind = RoundKind.SCORING;
        r.name = new LocalizedText(zh, en);
        r.state = state;
        r.judgesPerEntry = k;
        r.persist();
        return r;
    }

    private static void criterion(Round r, int position, String key, String zh, String en, String weight) {
        Criterion c = new Criterion();
        c.round = r;
        c.position = position;
        c.key = key;
        c.name = new LocalizedText(zh, en);
        c.guidance = new LocalizedText("请按 0–10 分评分", "Score from 0 to 10");
        c.min = BigDecimal.ZERO;
        c.max = BigDecimal.TEN;
        c.step = new BigDecimal("0.5");
        c.weight = new BigDecimal(weight);
        c.persist();
    }

    // --- screening ----------------------------------------------------------------------------

    public record ScreeningContest(Contest contest, long screeningRoundId, long scoringRoundId) {
        public long programId() {
            return contest.programId();
        }
    }

    /**
     * {@link #openContest} whose rounds are 资格审查 (SCREENING, open) → 海选 (SCORING, pending),
     * with a checklist of two items and two reject reasons. Real submissions enter the screening round.
     */
    public static ScreeningContest screeningContest(String code) {
        Contest contest = openContest(code);
        return QuarkusTransaction.requiringNew().call(() -> {
            Program p = Program.findById(contest.programId());
            app.shortlist.program.Round screening = newRound(p, 0, app.shortlist.program.RoundKind.SCREENING, "资格审查",
                    "Screening");
            screening.state = app.shortlist.program.RoundState.OPEN;
            app.shortlist.program.Round scoring = newRound(p, 1, app.shortlist.program.RoundKind.SCORING, "海选", "Open selection");
            String[][] items = { { "材料齐全", "Documents complete" }, { "符合申报条件", "Meets the conditions" } };
            for (int i = 0; i < items.length; i++) {
                var item = new app.shortlist.screening.ChecklistItem();
                item.program = p;
                item.position = i;
                item.name = new LocalizedText(items[i][0], items[i][1]);
                item.persist();
            }
            String[][] reasons = { { "不符合申报条件", "Does not meet the conditions" }, { "材料不全", "Documents incomplete" } };
            for (int i = 0; i < reasons.length; i++) {
                var reason = new app.shortlist.screening.RejectReason();
                reason.program = p;
                reason.position = i;
                reason.name = new LocalizedText(reasons[i][0], reasons[i][1]);
                reason.persist();
            }
            return new ScreeningContest(contest, screening.id, scoring.id);
        });
    }

    /**
     * {@code count} submitted applications written directly (as {@link #submitted}, with
     * organisations "机构 1" …) and their WAITING entries in the screening round; returns the entry
     * ids in submission order. Fast enough for thousands.
     */
    public static java.util.List<Long> entered(ScreeningContest sc, String owner, int count) {
        submitted(sc.contest(), owner, count);
        return QuarkusTransaction.requiringNew().call(() -> {
            var round = app.shortlist.program.Round.<app.shortlist.program.Round>findById(sc.screeningRoundId());
            java.util.List<app.shortlist.application.Application> apps = app.shortlist.application.Application.list(
                    "program.id = ?1 and applicantId = ?2 and id not in (select e.application.id from RoundEntry e)"
                            + " order by id", sc.programId(), "sub-" + owner);
            java.util.List<Long> ids = new java.util.ArrayList<>();
            for (var a : apps) {
                var e = new app.shortlist.pipeline.RoundEntry();
                e.round = round;
                e.application = a;
                e.state = app.shortlist.pipeline.EntryState.WAITING;
                e.enteredAt = Instant.now();
                e.persist();
                ids.add(e.id);
            }
            return ids;
        });
    }

    private static app.shortlist.program.Round newRound(Program p, int position, app.shortlist.program.RoundKind kind,
            String zh, String en) {
        app.shortlist.program.Round r = new app.shortlist.program.Round();
        r.program = p;
        r.position = position;
        r.kind = kind;
        r.name = new LocalizedText(zh, en);
        r.persist();
        return r;
    }

    // --- recommendation (funding) -------------------------------------------------------------

    /** What {@link #recommendationProgram} built; lists are in creation order (ids ascending). */
    public record RecommendationProgram(long programId, long roundId, long nextRoundId, long unitA, long unitB,
            List<Long> applicationsA, List<Long> entriesA, List<Long> applicationsB, List<Long> entriesB) {
    }

    /**
     * An open funding call whose rounds are 区县推荐 (RECOMMENDATION, OPEN) → 专家评审 (SCORING, pending), with
     * two units of 南昌市: "高新区" (quota {@code quotaA}; the account "recommender" is bound to it, e-mail
     * recommender@example.org) and "经开区" (no quota; "recommender-b" is bound to it). Each unit has {@code n}
     * SUBMITTED applications (references CODE-A01 …, CODE-B01 …; project "A项目 i") with WAITING entries.
     */
    public static RecommendationProgram recommendationProgram(String code, Integer quotaA, int n) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            Program p = new Program();
            p.code = code;
            p.kind = ProgramKind.FUNDING_CALL;
            p.status = ProgramStatus.OPEN;
            p.name = new LocalizedText("专项资金 " + code, "Special fund " + code);
            p.opensAt = now.minus(Duration.ofDays(1));
            p.submissionDeadline = now.plus(Duration.ofDays(7));
            p.persist();
            Round r = newRound(p, 1, RoundKind.RECOMMENDATION, "区县推荐", "District recommendation");
            r.state = RoundState.OPEN;
            Round next = newRound(p, 2, RoundKind.SCORING, "专家评审", "Expert review");
            app.shortlist.program.RecommendingUnit a = unit(p, 1, "高新区", "High-tech Zone", quotaA);
            app.shortlist.program.RecommendingUnit b = unit(p, 2, "经开区", "Development Zone", null);
            member(p, a, "recommender", "recommender@example.org");
            member(p, b, "recommender-b", null);
            List<Long> appsA = new java.util.ArrayList<>();
            List<Long> entriesA = new java.util.ArrayList<>();
            List<Long> appsB = new java.util.ArrayList<>();
            List<Long> entriesB = new java.util.ArrayList<>();
            for (var unit : List.of(a, b)) {
                String letter = unit == a ? "A" : "B";
                for (int i = 1; i <= n; i++) {
                    var x = new app.shortlist.application.Application();
                    x.program = p;
                    x.applicantId = "sub-ent-" + letter + i;
                    x.applicantName = "ent-" + letter + i;
                    x.applicantLang = "zh-CN";
                    x.applicantEmail = "ent-" + letter + i + "@example.org";
                    x.status = app.shortlist.application.ApplicationStatus.SUBMITTED;
                    x.reference = "%s-%s%02d".formatted(code, letter, i);
                    x.projectName = letter + "项目 " + i;
                    x.organisation = letter + "企业 " + i;
                    x.unit = unit;
                    x.requestedAmount = new BigDecimal(100 * i);
                    x.createdAt = now;
                    x.updatedAt = now;
                    x.submittedAt = now.plusSeconds(i);
                    x.persist();
                    RoundEntry e = new RoundEntry();
                    e.round = r;
                    e.application = x;
                    e.state = EntryState.WAITING;
                    e.enteredAt = now;
                    e.persist();
                    (unit == a ? appsA : appsB).add(x.id);
                    (unit == a ? entriesA : entriesB).add(e.id);
                }
            }
            return new RecommendationProgram(p.id, r.id, next.id, a.id, b.id, List.copyOf(appsA), List.copyOf(entriesA),
                    List.copyOf(appsB), List.copyOf(entriesB));
        });
    }

    private static app.shortlist.program.RecommendingUnit unit(Program p, int position, String zh, String en,
            Integer quota) {
        var u = new app.shortlist.program.RecommendingUnit();
        u.program = p;
        u.position = position;
        u.name = new LocalizedText(zh, en);
        u.city = new LocalizedText("南昌市", "Nanchang");
        u.quota = quota;
        u.persist();
        return u;
    }

    private static void member(Program p, app.shortlist.program.RecommendingUnit unit, String username, String email) {
        var m = new app.shortlist.funding.UnitMember();
        m.program = p;
        m.unit = unit;
        m.username = username;
        m.email = email;
        m.createdAt = Instant.now();
        m.createdBy = "admin";
        m.persist();
    }
}
