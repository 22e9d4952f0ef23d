package app.shortlist.support;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import app.shortlist.i18n.LocalizedText;
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
            for (String table : new String[] { "job", "notification", "attachment_content", "attachment", "audit_entry",
                    "application", "form_field", "program_round", "direction", "section", "track", "division",
                    "recommending_unit", "program" }) {
                em.createNativeQuery("DELETE FROM " + table).executeUpdate();
            }
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
}
