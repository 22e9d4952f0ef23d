package app.shortlist.judging;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import app.shortlist.audit.AuditTrail;
import app.shortlist.i18n.Lang;
import app.shortlist.i18n.LocalizedText;
import app.shortlist.judging.RoundRules.CriterionRow;
import app.shortlist.judging.RoundRules.Settings;
import app.shortlist.judging.rules.Rubric;
import app.shortlist.pipeline.EntryState;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.program.RuleKind;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.Dates;
import app.shortlist.web.DomainException;
import app.shortlist.web.RequestLanguage;

/**
 * The one place that changes a scoring round's settings, rubric and state. Each public method checks, writes
 * and records the audit entry in one transaction, or refuses having written nothing.
 */
@ApplicationScoped
public class RoundService {

    public static final String ENTITY = "round";

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    RequestLanguage language;

    /** The scoring round, or not found (also for a round of another kind: nothing here applies to it). */
    public static Round scoring(long roundId) {
        Round r = Round.findById(roundId);
        if (r == null || !r.isScoring()) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return r;
    }

    public static long scorecards(long roundId) {
        return Scorecard.count("roundId", roundId);
    }

    /**
     * Changes the settings and/or the rubric (either may be null: left as it is), refusing a stale version. The
     * rubric cannot change once a scorecard exists in the round; settings are checked against the new rubric.
     */
    @Transactional
    public Round update(long roundId, long expectedVersion, Settings settings, List<CriterionRow> rubricRows) {
        Round r = scoring(roundId);
        if (r.state == RoundState.CONFIRMED) {
            throw new DomainException(RoundFailure.CONFIRMED);
        }
        if (r.version != expectedVersion) {
            throw new DomainException(CommonFailure.STALE);
        }
        Lang lang = language.get();
        Map<String, String> errors = new LinkedHashMap<>();
        List<Criterion> current = Criterion.ofRound(roundId);
        Rubric rubric = current.isEmpty() ? null : new Rubric(current.stream().map(Criterion::rule).toList());
        RoundRules.ValidRubric newRubric = null;
        if (rubricRows != null && !sameRubric(current, rubricRows)) {
            if (scorecards(roundId) > 0) {
                throw new DomainException(RoundFailure.RUBRIC_LOCKED);
            }
            errors.putAll(RoundRules.rubricProblems(rubricRows, lang));
            if (errors.isEmpty()) {
                newRubric = RoundRules.rubric(rubricRows);
                rubric = newRubric.rubric();
            }
        }
        Settings effective = settings != null ? settings : settingsOf(r);
        if (errors.isEmpty()) {
            Map<String, String> settingErrors = RoundRules.settingsProblems(effective, rubric, lang);
            if (settings == null) {
                // The rubric alone changed: a setting it breaks is reported against the rubric.
                settingErrors.values().stream().findFirst().ifPresent(m -> errors.put("rubric", m));
            } else {
                errors.putAll(settingErrors);
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException(RoundFailure.INVALID, errors, errors.size());
        }
        List<String> changed = new ArrayList<>();
        if (settings != null) {
            changed.addAll(apply(r, settings));
        }
        if (newRubric != null) {
            Criterion.delete("round.id", r.id);
            int position = 1;
            for (CriterionRow row : newRubric.rows()) {
                Criterion c = new Criterion();
                c.round = r;
                c.position = position++;
                c.key = row.key().strip();
                c.name = new LocalizedText(row.nameZh().strip(), row.nameEn().strip());
                c.guidance = new LocalizedText(blankToNull(row.guidanceZh()), blankToNull(row.guidanceEn()));
                c.min = RoundRules.decimal(row.min());
                c.max = RoundRules.decimal(row.max());
                c.step = RoundRules.decimal(row.step());
                c.weight = RoundRules.decimal(row.weight());
                c.persist();
            }
            changed.add("rubric: " + describe(newRubric.rubric()));
            if (settings == null || changed.size() == 1) {
                // A rubric-only change is an edit of the round too: its version moves on.
                Round.getEntityManager().lock(r, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            }
        }
        if (changed.isEmpty()) {
            return r;
        }
        long before = r.version;
        Round.getEntityManager().flush();
        audit.record("ROUND_UPDATED", ENTITY, r.id, r.program.id, "version " + before, "version " + r.version,
                String.join("; ", changed));
        return r;
    }

    /** PENDING → OPEN: judges may score. Needs a rubric, a judge in the pool and an entry waiting. */
    @Transactional
    public Round open(long roundId) {
        Round r = scoring(roundId);
        if (r.state != RoundState.PENDING) {
            throw new DomainException(RoundFailure.NOT_OPENABLE, r.state.label());
        }
        List<LocalizedText> missing = new ArrayList<>();
        if (Criterion.count("round.id", r.id) == 0) {
            missing.add(new LocalizedText("评分标准", "a rubric"));
        }
        if (PoolMember.count("round.id = ?1 and active = true", r.id) == 0) {
            missing.add(new LocalizedText("评委", "judges in the pool"));
        }
        if (RoundEntry.count("round.id = ?1 and state = ?2", r.id, EntryState.WAITING) == 0) {
            missing.add(new LocalizedText("待评审的申报", "applications to score"));
        }
        if (!missing.isEmpty()) {
            Lang lang = language.get();
            throw new DomainException(RoundFailure.OPEN_NEEDS, String.join(lang == Lang.EN ? ", " : "、",
                    missing.stream().map(t -> t.in(lang)).toList()));
        }
        if (r.endsAt != null && !r.endsAt.isAfter(Instant.now(clock))) {
            throw new DomainException(RoundFailure.ENDS_PASSED, Dates.format(r.endsAt));
        }
        return changeState(r, RoundState.OPEN, "ROUND_OPENED", null);
    }

    /** OPEN → CLOSED: no more scoring (the close time does the same for scorecards without this step). */
    @Transactional
    public Round close(long roundId) {
        Round r = scoring(roundId);
        if (r.state != RoundState.OPEN) {
            throw new DomainException(RoundFailure.NOT_OPEN, r.state.label());
        }
        r.closedAt = Instant.now(clock);
        return changeState(r, RoundState.CLOSED, "ROUND_CLOSED", null);
    }

    /** CLOSED → OPEN by an admin, with the reason; refused while the close time has passed (move it first). */
    @Transactional
    public Round reopen(long roundId, String reason) {
        Round r = scoring(roundId);
        if (r.state != RoundState.CLOSED) {
            throw new DomainException(RoundFailure.NOT_CLOSED, r.state.label());
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException(RoundFailure.REASON_REQUIRED,
                    Map.of("reason", RoundFailure.REASON_REQUIRED.message(language.get())));
        }
        if (r.endsAt != null && !r.endsAt.isAfter(Instant.now(clock))) {
            throw new DomainException(RoundFailure.ENDS_PASSED, Dates.format(r.endsAt));
        }
        r.closedAt = null;
        return changeState(r, RoundState.OPEN, "ROUND_REOPENED", clip(reason.strip(), 1000));
    }

    /** The settings as stored, for a rubric-only change and for the forms. */
    public static Settings settingsOf(Round r) {
        return new Settings(r.judgesPerEntry, r.blind, r.live, r.aggregation, r.tieBreaks, r.ruleKind, r.ruleN,
                r.ruleThreshold, r.rulePerTrack, r.startsAt, r.endsAt);
    }

    // ---------------------------------------------------------------- helpers

    private Round changeState(Round r, RoundState to, String action, String reason) {
        RoundState before = r.state;
        r.state = to;
        Round.getEntityManager().flush();
        audit.record(action, ENTITY, r.id, r.program.id, before, to, reason);
        return r;
    }

    private static List<String> apply(Round r, Settings s) {
        List<String> changed = new ArrayList<>();
        String tieBreaks = RoundRules.normaliseTieBreaks(s.tieBreaks());
        Integer ruleN = s.ruleKind() == RuleKind.TOP_N ? s.ruleN() : null;
        BigDecimal threshold = s.ruleKind() == RuleKind.THRESHOLD ? s.ruleThreshold() : null;
        note(changed, "k", r.judgesPerEntry, s.k());
        note(changed, "blind", r.blind, s.blind());
        note(changed, "live", r.live, s.live());
        note(changed, "aggregation", r.aggregation, s.aggregation());
        note(changed, "tieBreaks", r.tieBreaks, tieBreaks);
        note(changed, "ruleKind", r.ruleKind, s.ruleKind());
        note(changed, "ruleN", r.ruleN, ruleN);
        note(changed, "ruleThreshold", r.ruleThreshold == null ? null : RoundRules.plain(r.ruleThreshold),
                threshold == null ? null : RoundRules.plain(threshold));
        note(changed, "rulePerTrack", r.rulePerTrack, s.rulePerTrack());
        note(changed, "startsAt", Dates.format(r.startsAt), Dates.format(s.startsAt()));
        note(changed, "endsAt", Dates.format(r.endsAt), Dates.format(s.endsAt()));
        r.judgesPerEntry = s.k();
        r.blind = s.blind();
        r.live = s.live();
        r.aggregation = s.aggregation();
        r.tieBreaks = tieBreaks;
        r.ruleKind = s.ruleKind();
        r.ruleN = ruleN;
        r.ruleThreshold = threshold;
        r.rulePerTrack = s.rulePerTrack();
        r.startsAt = s.startsAt();
        r.endsAt = s.endsAt();
        return changed;
    }

    private static void note(List<String> changed, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(name + " " + before + " → " + after);
        }
    }

    private static boolean sameRubric(List<Criterion> current, List<CriterionRow> rows) {
        List<CriterionRow> filled = rows.stream().filter(r -> !r.blank()).toList();
        if (filled.size() != current.size()) {
            return false;
        }
        for (int i = 0; i < filled.size(); i++) {
            CriterionRow row = filled.get(i);
            Criterion c = current.get(i);
            try {
                if (!c.key.equals(strip(row.key())) || !c.name.zh.equals(strip(row.nameZh()))
                        || !c.name.en.equals(strip(row.nameEn()))
                        || !Objects.equals(c.guidance == null ? null : c.guidance.zh, blankToNull(row.guidanceZh()))
                        || !Objects.equals(c.guidance == null ? null : c.guidance.en, blankToNull(row.guidanceEn()))
                        || c.min.compareTo(RoundRules.decimal(row.min())) != 0
                        || c.max.compareTo(RoundRules.decimal(row.max())) != 0
                        || c.step.compareTo(RoundRules.decimal(row.step())) != 0
                        || c.weight.compareTo(RoundRules.decimal(row.weight())) != 0) {
                    return false;
                }
            } catch (RuntimeException unreadable) {
                return false;
            }
        }
        return true;
    }

    /** "innovation 40% [0–10 step 0.5], …" for the audit trail. */
    static String describe(Rubric rubric) {
        BigDecimal sum = rubric.weightSum();
        List<String> parts = new ArrayList<>();
        for (Rubric.Criterion c : rubric.criteria()) {
            parts.add(c.key() + " " + RoundRules.percent(c.weight(), sum) + " [" + RoundRules.plain(c.min()) + "–"
                    + RoundRules.plain(c.max()) + " step " + RoundRules.plain(c.step()) + "]");
        }
        return String.join(", ", parts);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
