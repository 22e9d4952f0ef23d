package app.shortlist.judging;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import app.shortlist.account.CurrentUser;
import app.shortlist.audit.AuditTrail;
import app.shortlist.i18n.Lang;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.program.Track;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;
import app.shortlist.web.RequestLanguage;

/**
 * The expert registry (评审专家库), each round's judge pool with its panels, and the conflicts judges declare
 * themselves. One transaction per operation, audited.
 */
@ApplicationScoped
public class JudgeService {

    public static final String JUDGE = "judge";
    public static final String MEMBER = "round_judge";
    public static final String CONFLICT = "judge_conflict";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    RequestLanguage language;

    @Inject
    CurrentUser currentUser;

    /** An expert as typed on the registry form. */
    public record JudgeInput(String username, String name, String email, String organisation, String unitName) {
    }

    // ---------------------------------------------------------------- registry

    @Transactional
    public Judge create(JudgeInput in) {
        Map<String, String> errors = check(in);
        refuseIfAny(errors);
        Judge taken = Judge.findByUsername(in.username().strip());
        if (taken != null) {
            throw usernameTaken(taken);
        }
        Judge j = new Judge();
        j.createdAt = Instant.now(clock);
        apply(j, in);
        j.persist();
        Judge.getEntityManager().flush();
        audit.record("JUDGE_ADDED", JUDGE, j.id, null, null, j.username, j.name);
        return j;
    }

    @Transactional
    public Judge update(long judgeId, long expectedVersion, JudgeInput in) {
        Judge j = Judge.findById(judgeId);
        if (j == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        if (j.version != expectedVersion) {
            throw new DomainException(CommonFailure.STALE);
        }
        refuseIfAny(check(in));
        Judge taken = Judge.findByUsername(in.username().strip());
        if (taken != null && !taken.id.equals(j.id)) {
            throw usernameTaken(taken);
        }
        String before = summary(j);
        apply(j, in);
        Judge.getEntityManager().flush();
        audit.record("JUDGE_UPDATED", JUDGE, j.id, null, before, summary(j), null);
        return j;
    }

    private DomainException usernameTaken(Judge taken) {
        String message = new DomainException(RoundFailure.USERNAME_TAKEN, taken.username, taken.name)
                .message(language.get());
        return new DomainException(RoundFailure.USERNAME_TAKEN, Map.of("username", message), taken.username,
                taken.name);
    }

    private Map<String, String> check(JudgeInput in) {
        Lang lang = language.get();
        Map<String, String> errors = new LinkedHashMap<>();
        required(errors, "username", in.username(), 255, lang);
        if (!errors.containsKey("username") && in.username().strip().contains(" ")) {
            errors.put("username", JudgingText.USERNAME_FORMAT.in(lang));
        }
        required(errors, "name", in.name(), 255, lang);
        if (in.email() != null && !in.email().isBlank()
                && (in.email().strip().length() > 254 || !EMAIL.matcher(in.email().strip()).matches())) {
            errors.put("email", JudgingText.EMAIL_FORMAT.in(lang));
        }
        optional(errors, "organisation", in.organisation(), 200, lang);
        optional(errors, "unitName", in.unitName(), 200, lang);
        return errors;
    }

    private static void apply(Judge j, JudgeInput in) {
        j.username = in.username().strip();
        j.name = in.name().strip();
        j.email = RoundService.blankToNull(in.email());
        j.organisation = RoundService.blankToNull(in.organisation());
        j.unitName = RoundService.blankToNull(in.unitName());
    }

    private static String summary(Judge j) {
        return j.username + " | " + j.name + " | " + j.email + " | " + j.organisation + " | " + j.unitName;
    }

    // ---------------------------------------------------------------- pool

    /** Adds a registry expert to the round's pool, judging the given tracks (empty: every track). */
    @Transactional
    public PoolMember addToPool(long roundId, long judgeId, Set<Long> panels) {
        Round r = changeableRound(roundId);
        Judge j = Judge.findById(judgeId);
        if (j == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        if (PoolMember.count("round.id = ?1 and judge.id = ?2", r.id, j.id) > 0) {
            throw new DomainException(RoundFailure.ALREADY_IN_POOL, j.name);
        }
        PoolMember m = new PoolMember();
        m.round = r;
        m.judge = j;
        m.panels = panels(r, panels);
        m.active = true;
        m.persist();
        PoolMember.getEntityManager().flush();
        audit.record("POOL_ADDED", MEMBER, m.id, r.program.id, null, j.username, "round " + r.id + ", panels "
                + (m.panels == null ? "all" : m.panels));
        return m;
    }

    @Transactional
    public PoolMember setPanels(long roundId, long memberId, Set<Long> panels) {
        PoolMember m = member(roundId, memberId);
        changeableRound(roundId);
        String before = m.panels;
        m.panels = panels(m.round, panels);
        if (!Objects.equals(before, m.panels)) {
            PoolMember.getEntityManager().flush();
            audit.record("POOL_PANELS", MEMBER, m.id, m.round.program.id, before, m.panels, m.judge.username);
        }
        return m;
    }

    /** The judge dropped out: the next assignment run moves their open work to others. */
    @Transactional
    public PoolMember dropOut(long roundId, long memberId, String reason) {
        PoolMember m = member(roundId, memberId);
        changeableRound(roundId);
        if (reason == null || reason.isBlank()) {
            throw new DomainException(RoundFailure.REASON_REQUIRED,
                    Map.of("reason", RoundFailure.REASON_REQUIRED.message(language.get())));
        }
        if (!m.active) {
            return m;
        }
        m.active = false;
        m.leftReason = RoundService.clip(reason.strip(), 1000);
        PoolMember.getEntityManager().flush();
        audit.record("POOL_DROPPED_OUT", MEMBER, m.id, m.round.program.id, "active", "dropped out",
                m.judge.username + ": " + m.leftReason);
        return m;
    }

    @Transactional
    public PoolMember reactivate(long roundId, long memberId) {
        PoolMember m = member(roundId, memberId);
        changeableRound(roundId);
        if (m.active) {
            return m;
        }
        String before = m.leftReason;
        m.active = true;
        m.leftReason = null;
        PoolMember.getEntityManager().flush();
        audit.record("POOL_REACTIVATED", MEMBER, m.id, m.round.program.id, "dropped out: " + before, "active",
                m.judge.username);
        return m;
    }

    private static PoolMember member(long roundId, long memberId) {
        PoolMember m = PoolMember.findById(memberId);
        if (m == null || !m.round.id.equals(roundId)) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return m;
    }

    private static Round changeableRound(long roundId) {
        Round r = RoundService.scoring(roundId);
        if (r.state == RoundState.CONFIRMED) {
            throw new DomainException(RoundFailure.CONFIRMED);
        }
        return r;
    }

    /** Track ids as stored (sorted, comma-separated), keeping only the program's own; null = every track. */
    private static String panels(Round r, Set<Long> panels) {
        if (panels == null || panels.isEmpty()) {
            return null;
        }
        Set<Long> own = Track.<Track> list("program.id", r.program.id).stream().map(t -> t.id)
                .collect(Collectors.toSet());
        Set<Long> kept = new TreeSet<>(panels);
        kept.retainAll(own);
        return kept.isEmpty() ? null : kept.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The stored panels as track ids. */
    public static Set<Long> panelIds(String panels) {
        Set<Long> ids = new TreeSet<>();
        if (panels != null) {
            for (String s : panels.split(",")) {
                if (!s.isBlank()) {
                    ids.add(Long.valueOf(s.strip()));
                }
            }
        }
        return ids;
    }

    // ---------------------------------------------------------------- conflicts (the judge's own)

    /** The signed-in judge's registry entry, or null when they are not in the registry yet. */
    public Judge me() {
        return Judge.findByUsername(currentUser.getUsername());
    }

    public static List<JudgeConflict> conflictsOf(Judge j) {
        return JudgeConflict.list("judge.id = ?1 order by declaredAt, id", j.id);
    }

    @Transactional
    public JudgeConflict declare(ConflictKind kind, String value, String note) {
        Judge j = requireMe();
        Lang lang = language.get();
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null) {
            errors.put("kind", JudgingText.CONFLICT_KIND.in(lang));
        }
        required(errors, "value", value, 255, lang);
        optional(errors, "note", note, 1000, lang);
        refuseIfAny(errors);
        String v = kind == ConflictKind.USCC ? value.strip().replaceAll("\\s+", "").toUpperCase(Locale.ROOT)
                : value.strip();
        if (JudgeConflict.count("judge.id = ?1 and kind = ?2 and value = ?3", j.id, kind, v) > 0) {
            throw new DomainException(RoundFailure.CONFLICT_DUPLICATE,
                    Map.of("value", RoundFailure.CONFLICT_DUPLICATE.message(lang)));
        }
        JudgeConflict c = new JudgeConflict();
        c.judge = j;
        c.kind = kind;
        c.value = v;
        c.note = RoundService.blankToNull(note);
        c.declaredAt = Instant.now(clock);
        c.persist();
        JudgeConflict.getEntityManager().flush();
        audit.record("CONFLICT_DECLARED", CONFLICT, c.id, null, null, kind + " " + v, c.note);
        return c;
    }

    @Transactional
    public void removeConflict(long conflictId) {
        Judge j = requireMe();
        JudgeConflict c = JudgeConflict.findById(conflictId);
        if (c == null || !c.judge.id.equals(j.id)) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        audit.record("CONFLICT_REMOVED", CONFLICT, c.id, null, c.kind + " " + c.value, null, c.note);
        c.delete();
    }

    private Judge requireMe() {
        Judge j = me();
        if (j == null) {
            throw new DomainException(RoundFailure.NOT_IN_REGISTRY, String.valueOf(currentUser.getUsername()));
        }
        return j;
    }

    // ---------------------------------------------------------------- input checks

    private static void required(Map<String, String> errors, String field, String value, int max, Lang lang) {
        if (value == null || value.isBlank()) {
            errors.put(field, JudgingText.REQUIRED.in(lang));
        } else {
            optional(errors, field, value, max, lang);
        }
    }

    private static void optional(Map<String, String> errors, String field, String value, int max, Lang lang) {
        if (value != null && value.strip().length() > max) {
            errors.put(field, RoundRules.Problem.TOO_LONG.message(lang, max));
        }
    }

    private static void refuseIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new DomainException(RoundFailure.INVALID, errors, errors.size());
        }
    }
}
