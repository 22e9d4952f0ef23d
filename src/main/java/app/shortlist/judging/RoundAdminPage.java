package app.shortlist.judging;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import app.shortlist.account.Role;
import app.shortlist.i18n.Lang;
import app.shortlist.judging.JudgingForms.Errors;
import app.shortlist.judging.JudgingForms.Option;
import app.shortlist.judging.RoundRules.CriterionRow;
import app.shortlist.judging.RoundRules.Settings;
import app.shortlist.judging.rules.Aggregation;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.program.RuleKind;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.Dates;
import app.shortlist.web.DomainException;
import app.shortlist.web.Flash;
import app.shortlist.web.RequestLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** A scoring round's admin page: its state, settings and rubric. */
@Path("/admin/rounds/{roundId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class RoundAdminPage {

    /** Blank rows offered for new criteria. */
    private static final int SPARE_ROWS = 2;

    @CheckedTemplate(basePath = "judging")
    static class Templates {
        static native TemplateInstance round(Page page, SettingsForm settings, List<RowView> rubric,
                Errors errors, String failure, String reason);
    }

    public record Page(long id, long programId, String program, String name, String state, String stateCode,
            boolean canOpen, boolean canClose, boolean canReopen, boolean endsPassed, String endsAt, long version,
            boolean rubricLocked, boolean confirmed, RoundViews.Counts counts, List<Option> aggregations,
            List<Option> ruleKinds) {
    }

    /** The settings form as typed. */
    public record SettingsForm(@RestForm String version, @RestForm String k, @RestForm String blind,
            @RestForm String live, @RestForm String aggregation, @RestForm String tieBreaks,
            @RestForm String ruleKind, @RestForm String ruleN, @RestForm String ruleThreshold,
            @RestForm String rulePerTrack, @RestForm String startsAt, @RestForm String endsAt) {

        public boolean isBlind() {
            return JudgingForms.checked(blind);
        }

        public boolean isLive() {
            return JudgingForms.checked(live);
        }

        public boolean isPerTrack() {
            return JudgingForms.checked(rulePerTrack);
        }
    }

    /** One rubric row as shown (typed values, or stored ones), with its weight's share. */
    public record RubricRow(int index, String key, String nameZh, String nameEn, String guidanceZh,
            String guidanceEn, String min, String max, String step, String weight, String percent) {
    }

    /** One input of a rubric row, with its label and its message. */
    public record Cell(String dom, String name, String label, String value, String error, boolean decimal) {
    }

    /** A rubric row ready for the template. */
    public record RowView(int index, String key, String percent, List<Cell> cells, String guidanceZh,
            String guidanceEn, String guidanceError, boolean hasError) {
    }

    @Inject
    RoundService rounds;

    @Inject
    RequestLanguage language;

    @Inject
    Clock clock;

    @GET
    @Transactional
    public TemplateInstance show(@PathParam("roundId") long roundId) {
        Round r = RoundService.scoring(roundId);
        return Templates.round(page(r), settingsOf(r), views(rubricOf(r), Errors.none()), Errors.none(), null, "");
    }

    @POST
    @Path("settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveSettings(@PathParam("roundId") long roundId, @BeanParam SettingsForm form) {
        RoundService.scoring(roundId);
        Lang lang = language.get();
        JudgingMsg msg = JudgingForms.messages(lang);
        Map<String, String> errors = new LinkedHashMap<>();
        Integer k = JudgingForms.whole(form.k(), "k", errors, msg.not_a_whole_number());
        Integer ruleN = JudgingForms.whole(form.ruleN(), "ruleN", errors, msg.not_a_whole_number());
        BigDecimal threshold = JudgingForms.decimal(form.ruleThreshold(), "ruleThreshold", errors, msg.not_a_number());
        Instant startsAt = JudgingForms.time(form.startsAt(), "startsAt", errors, msg.invalid_date());
        Instant endsAt = JudgingForms.time(form.endsAt(), "endsAt", errors, msg.invalid_date());
        Settings s = new Settings(k == null ? 0 : k, form.isBlind(), form.isLive(),
                JudgingForms.choice(Aggregation.class, form.aggregation()), form.tieBreaks(),
                JudgingForms.choice(RuleKind.class, form.ruleKind()), ruleN, threshold, form.isPerTrack(), startsAt,
                endsAt);
        if (!errors.isEmpty()) {
            return refused(roundId, form, null, errors, msg.errors_title());
        }
        try {
            rounds.update(roundId, version(form.version()), s, null);
            return Flash.redirect("/admin/rounds/" + roundId, msg.done_settings());
        } catch (DomainException e) {
            return refused(roundId, form, null, e);
        }
    }

    @POST
    @Path("rubric")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveRubric(@PathParam("roundId") long roundId, MultivaluedMap<String, String> form) {
        RoundService.scoring(roundId);
        List<CriterionRow> rows = new ArrayList<>();
        for (int i = 0; form.containsKey("c[" + i + "].key"); i++) {
            String at = "c[" + i + "].";
            rows.add(new CriterionRow(form.getFirst(at + "key"), form.getFirst(at + "nameZh"),
                    form.getFirst(at + "nameEn"), form.getFirst(at + "guidanceZh"), form.getFirst(at + "guidanceEn"),
                    form.getFirst(at + "min"), form.getFirst(at + "max"), form.getFirst(at + "step"),
                    form.getFirst(at + "weight")));
        }
        JudgingMsg msg = JudgingForms.messages(language.get());
        try {
            rounds.update(roundId, version(form.getFirst("version")), null, rows);
            return Flash.redirect("/admin/rounds/" + roundId, msg.done_rubric());
        } catch (DomainException e) {
            return refused(roundId, null, rows, e);
        }
    }

    @POST
    @Path("open")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@PathParam("roundId") long roundId) {
        try {
            rounds.open(roundId);
            return Flash.redirect("/admin/rounds/" + roundId, JudgingForms.messages(language.get()).done_opened());
        } catch (DomainException e) {
            return refused(roundId, null, null, e);
        }
    }

    @POST
    @Path("close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("roundId") long roundId) {
        try {
            rounds.close(roundId);
            return Flash.redirect("/admin/rounds/" + roundId, JudgingForms.messages(language.get()).done_closed());
        } catch (DomainException e) {
            return refused(roundId, null, null, e);
        }
    }

    @POST
    @Path("reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reopen(@PathParam("roundId") long roundId, @RestForm String reason) {
        try {
            rounds.reopen(roundId, reason);
            return Flash.redirect("/admin/rounds/" + roundId, JudgingForms.messages(language.get()).done_reopened());
        } catch (DomainException e) {
            return refusedWithReason(roundId, e, reason);
        }
    }

    // ---------------------------------------------------------------- helpers

    private Response refused(long roundId, SettingsForm form, List<CriterionRow> rows, DomainException e) {
        if (e.failure() == CommonFailure.NOT_FOUND) {
            throw e;
        }
        return refused(roundId, form, rows, e.fieldErrors(), e.message(language.get()), e.failure().status());
    }

    private Response refused(long roundId, SettingsForm form, List<CriterionRow> rows, Map<String, String> errors,
            String failure) {
        return refused(roundId, form, rows, errors, failure, 422);
    }

    @Transactional
    Response refused(long roundId, SettingsForm form, List<CriterionRow> rows, Map<String, String> errors,
            String failure, int status) {
        Round r = RoundService.scoring(roundId);
        List<RubricRow> rubric = rows == null ? rubricOf(r) : typed(rows);
        Errors e = new Errors(errors);
        return Response.status(status).entity(Templates.round(page(r), form == null ? settingsOf(r) : form,
                views(rubric, e), e, failure, "")).build();
    }

    @Transactional
    Response refusedWithReason(long roundId, DomainException e, String reason) {
        if (e.failure() == CommonFailure.NOT_FOUND) {
            throw e;
        }
        Round r = RoundService.scoring(roundId);
        Errors errors = new Errors(e.fieldErrors());
        return Response.status(e.failure().status()).entity(Templates.round(page(r), settingsOf(r),
                views(rubricOf(r), errors), errors, e.message(language.get()), reason == null ? "" : reason)).build();
    }

    private Page page(Round r) {
        Lang lang = language.get();
        JudgingMsg msg = JudgingForms.messages(lang);
        RoundViews.RoundView v = RoundViews.of(r);
        List<Option> aggregations = new ArrayList<>();
        for (Aggregation a : Aggregation.values()) {
            aggregations.add(new Option(a.name(), aggregationLabel(msg, a), a == r.aggregation));
        }
        List<Option> ruleKinds = new ArrayList<>();
        for (RuleKind k : RuleKind.values()) {
            ruleKinds.add(new Option(k.name(), k.label().in(lang), k == r.ruleKind));
        }
        boolean endsPassed = r.endsAt != null && !r.endsAt.isAfter(Instant.now(clock));
        return new Page(r.id, r.program.id, r.program.name.in(lang), r.name.in(lang), r.state.label().in(lang),
                r.state.name(), r.state == RoundState.PENDING, r.state == RoundState.OPEN,
                r.state == RoundState.CLOSED, endsPassed, Dates.format(r.endsAt), r.version, v.rubricLocked(),
                r.state == RoundState.CONFIRMED, v.counts(), aggregations, ruleKinds);
    }

    static String aggregationLabel(JudgingMsg msg, Aggregation a) {
        return switch (a) {
            case MEAN -> msg.aggregation_mean();
            case TRIMMED_MEAN -> msg.aggregation_trimmed();
            case Z_SCORE -> msg.aggregation_z();
        };
    }

    private static SettingsForm settingsOf(Round r) {
        return new SettingsForm(String.valueOf(r.version), String.valueOf(r.judgesPerEntry), r.blind ? "true" : null,
                r.live ? "true" : null, r.aggregation.name(), r.tieBreaks == null ? "" : r.tieBreaks,
                r.ruleKind.name(), r.ruleN == null ? "" : r.ruleN.toString(),
                r.ruleThreshold == null ? "" : RoundRules.plain(r.ruleThreshold), r.rulePerTrack ? "true" : null,
                JudgingForms.formatTime(r.startsAt), JudgingForms.formatTime(r.endsAt));
    }

    private static List<RubricRow> rubricOf(Round r) {
        List<Criterion> cs = Criterion.ofRound(r.id);
        BigDecimal sum = cs.stream().map(c -> c.weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<RubricRow> rows = new ArrayList<>();
        for (Criterion c : cs) {
            rows.add(new RubricRow(rows.size(), c.key, c.name.zh, c.name.en,
                    c.guidance == null || c.guidance.zh == null ? "" : c.guidance.zh,
                    c.guidance == null || c.guidance.en == null ? "" : c.guidance.en, RoundRules.plain(c.min),
                    RoundRules.plain(c.max), RoundRules.plain(c.step), RoundRules.plain(c.weight),
                    RoundRules.percent(c.weight, sum)));
        }
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(new RubricRow(rows.size(), "", "", "", "", "", "", "", "", "", ""));
        }
        return rows;
    }

    private static List<RubricRow> typed(List<CriterionRow> rows) {
        List<RubricRow> out = new ArrayList<>();
        for (CriterionRow c : rows) {
            out.add(new RubricRow(out.size(), nz(c.key()), nz(c.nameZh()), nz(c.nameEn()), nz(c.guidanceZh()),
                    nz(c.guidanceEn()), nz(c.min()), nz(c.max()), nz(c.step()), nz(c.weight()), ""));
        }
        return out;
    }

    private List<RowView> views(List<RubricRow> rows, Errors errors) {
        JudgingMsg msg = JudgingForms.messages(language.get());
        List<RowView> out = new ArrayList<>();
        for (RubricRow r : rows) {
            String at = "c[" + r.index() + "].";
            String dom = "c" + r.index() + "-";
            List<Cell> cells = List.of(
                    new Cell(dom + "key", at + "key", msg.col_key(), r.key(), errors.of(at + "key"), false),
                    new Cell(dom + "nameZh", at + "nameZh", msg.col_name_zh(), r.nameZh(), errors.of(at + "name"),
                            false),
                    new Cell(dom + "nameEn", at + "nameEn", msg.col_name_en(), r.nameEn(), null, false),
                    new Cell(dom + "min", at + "min", msg.col_min(), r.min(), errors.of(at + "min"), true),
                    new Cell(dom + "max", at + "max", msg.col_max(), r.max(), errors.of(at + "max"), true),
                    new Cell(dom + "step", at + "step", msg.col_step(), r.step(), errors.of(at + "step"), true),
                    new Cell(dom + "weight", at + "weight", msg.col_weight(), r.weight(), errors.of(at + "weight"),
                            true));
            String guidanceError = errors.of(at + "guidance");
            boolean hasError = guidanceError != null || cells.stream().anyMatch(c -> c.error() != null);
            out.add(new RowView(r.index(), r.key(), r.percent(), cells, r.guidanceZh(), r.guidanceEn(),
                    guidanceError, hasError));
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The version the page was read at; unreadable → invalid input. */
    static long version(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new DomainException(CommonFailure.INVALID_INPUT, "version");
        }
    }
}
