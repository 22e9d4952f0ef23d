package app.shortlist.funding;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import app.shortlist.account.CurrentUser;
import app.shortlist.account.Role;
import app.shortlist.application.ApplicationService;
import app.shortlist.audit.AuditTrail;
import app.shortlist.i18n.Lang;
import app.shortlist.notification.Notifier;
import app.shortlist.pipeline.EntryState;
import app.shortlist.pipeline.Pipeline;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.program.RecommendingUnit;
import app.shortlist.program.Round;
import app.shortlist.program.RoundKind;
import app.shortlist.program.RoundState;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;

/**
 * 推荐申报: the one place that changes recommendations. Each public method checks, writes, audits and
 * notifies in one transaction, or refuses having written nothing. A change to a unit's list holds a
 * shared lock on the round row (closing holds an exclusive one) and then an exclusive lock on the
 * unit's row, so the unit's changes run one after another: the quota is counted under that lock and
 * two concurrent recommendations can never both take the last place.
 */
@ApplicationScoped
public class RecommendationService {

    public static final String ENTITY = "recommendation";
    public static final String LIST_ENTITY = "unit_list";
    public static final int MAX_TEXT = 2000;
    private static final int CHUNK = 1000;

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    ApplicationService applications;

    @Inject
    Pipeline pipeline;

    @Inject
    RecommendationAccess access;

    /** The program's recommendation round (its first, if it has several). */
    public static Optional<Round> roundOf(long programId) {
        return Round.find("program.id = ?1 and kind = ?2 order by position", programId, RoundKind.RECOMMENDATION)
                .firstResultOptional();
    }

    /** The unit's recommended entries in order (waiting entries only: a withdrawn one drops out). */
    public static List<Recommendation> recommended(long roundId, long unitId) {
        return Recommendation.list("select r from Recommendation r join fetch r.entry e join fetch e.application"
                + " where r.round.id = ?1 and r.unit.id = ?2 and r.priority is not null and e.state = ?3"
                + " order by r.priority, r.id", roundId, unitId, EntryState.WAITING);
    }

    // --- the recommender ------------------------------------------------------------------------

    /** Writes the recommender's opinion on an entry; {@code expectedVersion} −1 when there was none yet. */
    @Transactional
    public Recommendation saveOpinion(long entryId, String opinion, Long expectedVersion) {
        Work w = entryWork(entryId);
        Recommendation r = w.recommendation(expectedVersion);
        r.opinion = text(opinion);
        touch(r);
        audit.record("RECOMMENDATION_OPINION", ENTITY, r.id, w.programId(), null, null,
                w.entry.application.reference + ": " + (r.opinion == null ? "—" : r.opinion));
        return r;
    }

    /** Recommends a waiting entry: last in the unit's order, within the quota. */
    @Transactional
    public Recommendation recommend(long entryId, String opinion, Long expectedVersion) {
        Work w = entryWork(entryId);
        requireWaiting(w.entry);
        Recommendation r = w.recommendation(expectedVersion);
        if (opinion != null) {
            r.opinion = text(opinion);
        }
        List<Recommendation> order = recommended(w.round.id, w.unit.id);
        if (r.priority == null || !order.contains(r)) {
            List<Recommendation> next = new ArrayList<>(order);
            next.add(r);
            requireQuota(w.unit, next.size());
            renumber(w, next);
            audit.record("RECOMMENDED", ENTITY, r.id, w.programId(), null, r.priority,
                    w.entry.application.reference + " · " + next.size() + "/" + quota(w.unit));
        }
        touch(r);
        return r;
    }

    /** Takes an entry off the unit's list; the others close up. */
    @Transactional
    public Recommendation unrecommend(long entryId, Long expectedVersion) {
        Work w = entryWork(entryId);
        Recommendation r = w.recommendation(expectedVersion);
        List<Recommendation> order = new ArrayList<>(recommended(w.round.id, w.unit.id));
        if (order.remove(r)) {
            Integer before = r.priority;
            renumber(w, order);
            touch(r);
            audit.record("RECOMMENDATION_REMOVED", ENTITY, r.id, w.programId(), before, null,
                    w.entry.application.reference);
        }
        return r;
    }

    /** Moves a recommended entry to {@code position} (1 = first); the others shift. */
    @Transactional
    public Recommendation move(long entryId, int position) {
        Work w = entryWork(entryId);
        Recommendation r = Recommendation.of(w.entry.id);
        List<Recommendation> order = new ArrayList<>(recommended(w.round.id, w.unit.id));
        if (r == null || !order.contains(r)) {
            throw new DomainException(FundingFailure.NOT_RECOMMENDED);
        }
        if (position < 1 || position > order.size()) {
            throw new DomainException(FundingFailure.POSITION_INVALID, order.size());
        }
        Integer before = r.priority;
        order.remove(r);
        order.add(position - 1, r);
        renumber(w, order);
        if (!before.equals(r.priority)) {
            touch(r);
            audit.record("RECOMMENDATION_MOVED", ENTITY, r.id, w.programId(), before, r.priority,
                    w.entry.application.reference);
        }
        return r;
    }

    /**
     * The unit's whole list at once (the API's PUT): the applications recommended, in order, and any
     * opinions to write. Everything not in {@code order} is no longer recommended. One operation.
     */
    @Transactional
    public List<Recommendation> replace(long unitId, List<Long> order, Map<Long, String> opinions) {
        Work w = unitWork(access.actingUnit(unitId));
        Map<Long, RoundEntry> entries = new HashMap<>();
        RoundEntry.<RoundEntry>list("select e from RoundEntry e join fetch e.application a where e.round.id = ?1"
                + " and a.unit.id = ?2", w.round.id, w.unit.id).forEach(e -> entries.put(e.application.id, e));
        List<Long> ids = order == null ? List.of() : order;
        Set<Long> seen = new HashSet<>();
        for (Long id : ids) {
            RoundEntry e = id == null ? null : entries.get(id);
            if (e == null || !seen.add(id)) {
                throw new DomainException(FundingFailure.ORDER_INVALID, "#" + id);
            }
            requireWaiting(e);
        }
        for (Long id : opinions == null ? Set.<Long>of() : opinions.keySet()) {
            if (id == null || !entries.containsKey(id)) {
                throw new DomainException(FundingFailure.ORDER_INVALID, "#" + id);
            }
        }
        List<Recommendation> before = recommended(w.round.id, w.unit.id);
        requireQuota(w.unit, ids.size());
        if (opinions != null) {
            opinions.forEach((id, text) -> {
                Recommendation r = w.recommendationOf(entries.get(id));
                r.opinion = text(text);
                touch(r);
            });
        }
        List<Recommendation> next = new ArrayList<>();
        for (Long id : ids) {
            next.add(w.recommendationOf(entries.get(id)));
        }
        renumber(w, next);
        next.forEach(this::touch);
        // The states are short summaries; the whole new order goes into the detail, which holds 4,000 characters.
        audit.record("RECOMMENDATION_LIST_SAVED", LIST_ENTITY, w.list.id, w.programId(), before.size() + " recommended",
                next.size() + " recommended", (opinions == null ? 0 : opinions.size()) + " opinions; order: "
                        + references(next) + (before.isEmpty() ? "" : "; was: " + references(before)));
        return next;
    }

    /** 退回补正 from the unit: the application goes back to its applicant; it leaves the unit's order. */
    @Transactional
    public RoundEntry returnForCorrection(long entryId, String message, Instant until) {
        Work w = entryWork(entryId);
        requireWaiting(w.entry);
        String why = text(message);
        if (why == null) {
            throw new DomainException(FundingFailure.MESSAGE_REQUIRED);
        }
        if (until == null || !until.isAfter(Instant.now(clock))) {
            throw new DomainException(FundingFailure.CORRECTION_DEADLINE_INVALID);
        }
        Recommendation r = Recommendation.of(w.entry.id);
        if (r != null && r.priority != null) {
            List<Recommendation> order = new ArrayList<>(recommended(w.round.id, w.unit.id));
            order.remove(r);
            r.priority = null;
            renumber(w, order);
            touch(r);
        }
        applications.returnForCorrection(w.entry.application.id, why, until);
        RoundEntry e = w.entry;
        e.state = EntryState.RETURNED;
        e.reasonText = why;
        e.decidedBy = currentUser.getUsername();
        e.decidedAt = Instant.now(clock);
        audit.record("RECOMMENDATION_RETURNED_FOR_CORRECTION", Pipeline.ENTITY, e.id, w.programId(),
                EntryState.WAITING, e.state, why);
        return e;
    }

    /** Submits the unit's list to the province: one act, after which the list is locked. */
    @Transactional
    public UnitList submit(long unitId) {
        Work w = unitWork(access.actingUnit(unitId));
        List<Recommendation> order = recommended(w.round.id, w.unit.id);
        if (order.isEmpty()) {
            throw new DomainException(FundingFailure.LIST_EMPTY);
        }
        renumber(w, order);
        ListState before = w.list.state;
        w.list.state = ListState.SUBMITTED;
        w.list.submittedAt = Instant.now(clock);
        w.list.submittedBy = currentUser.getUsername();
        audit.record("RECOMMENDATION_SUBMITTED", LIST_ENTITY, w.list.id, w.programId(), before, w.list.state,
                order.size() + "/" + quota(w.unit) + ": " + references(order));
        return w.list;
    }

    // --- the province ---------------------------------------------------------------------------

    /** The province returns a submitted list with a reason; the unit's recommenders are mailed. */
    @Transactional
    public UnitList returnList(long unitId, String reason) {
        RecommendingUnit unit = RecommendingUnit.findById(unitId);
        if (unit == null || !currentUser.hasRole(Role.ADMIN)) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        Round round = lockedRound(roundOf(unit.program.id), LockModeType.PESSIMISTIC_READ);
        requireOpen(round);
        lockUnit(unit);
        String why = text(reason);
        if (why == null) {
            throw new DomainException(FundingFailure.REASON_REQUIRED);
        }
        UnitList list = UnitList.of(round.id, unit.id);
        if (list == null || list.state != ListState.SUBMITTED) {
            throw new DomainException(FundingFailure.LIST_NOT_SUBMITTED, UnitList.stateOf(list).label());
        }
        list.state = ListState.RETURNED;
        list.returnedAt = Instant.now(clock);
        list.returnedBy = currentUser.getUsername();
        list.returnedReason = why;
        audit.record("RECOMMENDATION_LIST_RETURNED", LIST_ENTITY, list.id, unit.program.id, ListState.SUBMITTED,
                list.state, why);
        for (UnitMember m : UnitMember.<UnitMember>list("unit.id = ?1 order by id", unit.id)) {
            notifier.queue(m.username, m.email, "zh-CN", null, FundingMails.returnedSubject(unit, round),
                    FundingMails.returnedBody(unit, round, why));
        }
        return list;
    }

    /** An admin opens the recommendation round: the units may recommend. */
    @Transactional
    public Round open(long roundId) {
        Round round = lockedRound(Round.findByIdOptional(roundId), LockModeType.PESSIMISTIC_WRITE);
        if (round.state != RoundState.PENDING) {
            throw new DomainException(FundingFailure.ROUND_NOT_PENDING, round.state.label());
        }
        round.state = RoundState.OPEN;
        audit.record("ROUND_OPENED", "round", round.id, round.program.id, RoundState.PENDING, round.state, null);
        return round;
    }

    /**
     * The province confirms the round: the entries recommended in submitted lists pass and move into
     * the next round, unit by unit in each unit's priority order; every other undecided entry is not
     * passed, and every applicant still in the round is mailed the outcome. Refused while a unit with
     * applications has not submitted, unless an admin gives a reason.
     */
    @Transactional
    public Round close(long roundId, String reason) {
        Round round = lockedRound(Round.findByIdOptional(roundId), LockModeType.PESSIMISTIC_WRITE);
        requireOpen(round);
        String why = text(reason);
        List<RecommendingUnit> missing = RecommendingUnit.list("select distinct u from RoundEntry e"
                + " join e.application a join a.unit u where e.round.id = ?1 and e.state in ?2 and u.id not in"
                + " (select l.unit.id from UnitList l where l.round.id = ?1 and l.state = ?3) order by u.position, u.id",
                roundId, List.of(EntryState.WAITING, EntryState.RETURNED), ListState.SUBMITTED);
        if (!missing.isEmpty() && why == null) {
            throw new DomainException(FundingFailure.UNITS_NOT_SUBMITTED, missing.size(),
                    missing.stream().limit(5).map(u -> u.name.zh).collect(Collectors.joining("、"))
                            + (missing.size() > 5 ? " …" : ""));
        }
        List<Object[]> chosen = RoundEntry.getEntityManager().createQuery("select e.id, e.application.id from"
                + " Recommendation r join r.entry e join r.unit u, UnitList l where l.round.id = r.round.id"
                + " and l.unit.id = u.id and l.state = :submitted and r.round.id = :round and r.priority is not null"
                + " and e.state = :waiting order by u.position, u.id, r.priority, r.id", Object[].class)
                .setParameter("submitted", ListState.SUBMITTED).setParameter("round", roundId)
                .setParameter("waiting", EntryState.WAITING).getResultList();
        List<Long> entryIds = chosen.stream().map(c -> (Long) c[0]).toList();
        List<Long> appIds = chosen.stream().map(c -> (Long) c[1]).toList();
        // Everyone still in the round hears the outcome: read before the updates change their state.
        List<Object[]> applicants = RoundEntry.getEntityManager().createQuery("select a.id, a.reference,"
                + " a.projectName, a.applicantId, a.applicantEmail, a.applicantLang from RoundEntry e join e.application a"
                + " where e.round.id = :round and e.state in :open order by a.id", Object[].class)
                .setParameter("round", roundId).setParameter("open", List.of(EntryState.WAITING, EntryState.RETURNED))
                .getResultList();
        Instant now = Instant.now(clock);
        String by = currentUser.getUsername();
        int passed = 0;
        for (int i = 0; i < entryIds.size(); i += CHUNK) {
            passed += decide(roundId, entryIds.subList(i, Math.min(entryIds.size(), i + CHUNK)), EntryState.PASSED,
                    null, by, now);
        }
        int rejected = decide(roundId, null, EntryState.REJECTED, "未获推荐 / Not recommended", by, now);
        round.state = RoundState.CONFIRMED;
        round.closedAt = now;
        round.closedReason = why;
        int moved = pipeline.moveOn(round, appIds);
        audit.record("ROUND_CONFIRMED", "round", round.id, round.program.id, RoundState.OPEN, round.state,
                "passed %d, not passed %d; %d moved on; units not submitted %d%s".formatted(passed, rejected, moved,
                        missing.size(), why == null ? "" : "; reason: " + why));
        Set<Long> on = new HashSet<>(appIds);
        for (Object[] a : applicants) {
            Lang lang = Lang.of((String) a[5]).orElse(Lang.DEFAULT);
            boolean recommended = on.contains((Long) a[0]);
            notifier.queue((String) a[3], (String) a[4], lang.tag(), (Long) a[0],
                    FundingMails.outcomeSubject(lang, round, recommended),
                    FundingMails.outcomeBody(lang, round, (String) a[2], (String) a[1], recommended));
        }
        return round;
    }

    // --- rules ----------------------------------------------------------------------------------

    /** What a change to a unit's list works on: the round (shared lock), the unit (locked), its list. */
    final class Work {
        final Round round;
        final RecommendingUnit unit;
        final UnitList list;
        final RoundEntry entry;

        Work(Round round, RecommendingUnit unit, UnitList list, RoundEntry entry) {
            this.round = round;
            this.unit = unit;
            this.list = list;
            this.entry = entry;
        }

        long programId() {
            return unit.program.id;
        }

        /** The entry's recommendation row (made on first use), checked against the version the caller read. */
        Recommendation recommendation(Long expectedVersion) {
            Recommendation r = Recommendation.of(entry.id);
            long current = r == null ? -1 : r.version;
            if (expectedVersion != null && expectedVersion != current) {
                throw new DomainException(CommonFailure.STALE);
            }
            return r != null ? r : recommendationOf(entry);
        }

        Recommendation recommendationOf(RoundEntry e) {
            Recommendation r = Recommendation.of(e.id);
            if (r == null) {
                r = new Recommendation();
                r.entry = e;
                r.round = round;
                r.unit = unit;
                touch(r);
                r.persist();
            }
            return r;
        }
    }

    private Work entryWork(long entryId) {
        RoundEntry e = access.actingEntry(entryId);
        Work w = unitWork(e.application.unit);
        if (!w.round.id.equals(e.round.id)) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        RoundEntry.getEntityManager().refresh(e); // its state as of the lock
        return new Work(w.round, w.unit, w.list, e);
    }

    private Work unitWork(RecommendingUnit unit) {
        Round round = lockedRound(roundOf(unit.program.id), LockModeType.PESSIMISTIC_READ);
        requireOpen(round);
        lockUnit(unit);
        UnitList list = UnitList.of(round.id, unit.id);
        if (list == null) {
            list = new UnitList();
            list.round = round;
            list.unit = unit;
            list.persist();
        }
        if (!list.state.isEditable()) {
            throw new DomainException(FundingFailure.LIST_LOCKED);
        }
        return new Work(round, unit, list, null);
    }

    private static void lockUnit(RecommendingUnit unit) {
        RecommendingUnit.getEntityManager().lock(unit, LockModeType.PESSIMISTIC_WRITE);
    }

    private static Round lockedRound(Optional<Round> found, LockModeType lock) {
        if (found.isEmpty()) {
            throw new DomainException(FundingFailure.NO_ROUND);
        }
        Round round = Round.getEntityManager().find(Round.class, found.get().id, lock);
        if (round.kind != RoundKind.RECOMMENDATION) {
            throw new DomainException(FundingFailure.NOT_RECOMMENDATION, round.name);
        }
        return round;
    }

    private static void requireOpen(Round round) {
        if (round.state != RoundState.OPEN) {
            throw new DomainException(FundingFailure.ROUND_NOT_OPEN, round.state.label());
        }
    }

    private static void requireWaiting(RoundEntry e) {
        if (e.state != EntryState.WAITING) {
            throw new DomainException(FundingFailure.NOT_WAITING, e.state.label());
        }
    }

    /** Refuses a list that would hold {@code size} recommendations, over the quota. */
    private static void requireQuota(RecommendingUnit unit, int size) {
        if (unit.quota != null && size > unit.quota) {
            throw new DomainException(FundingFailure.QUOTA_EXCEEDED, unit.quota, size);
        }
    }

    /** Gives {@code order} the places 1…n and takes every other row of the unit off the order. */
    private void renumber(Work w, List<Recommendation> order) {
        Set<Recommendation> kept = new LinkedHashSet<>(order);
        for (Recommendation r : Recommendation.<Recommendation>list(
                "round.id = ?1 and unit.id = ?2 and priority is not null", w.round.id, w.unit.id)) {
            if (!kept.contains(r)) {
                r.priority = null;
            }
        }
        int i = 1;
        for (Recommendation r : order) {
            r.priority = i++;
        }
    }

    private int decide(long roundId, Collection<Long> entryIds, EntryState to, String text, String by, Instant now) {
        return RoundEntry.getEntityManager().createQuery("update RoundEntry e set e.state = :to, e.reasonText = :text,"
                + " e.decidedBy = :by, e.decidedAt = :now, e.version = e.version + 1 where e.round.id = :round"
                + (entryIds == null ? " and e.state in :open" : " and e.id in :ids"))
                .setParameter("to", to).setParameter("text", text).setParameter("by", by).setParameter("now", now)
                .setParameter("round", roundId)
                .setParameter(entryIds == null ? "open" : "ids",
                        entryIds == null ? List.of(EntryState.WAITING, EntryState.RETURNED) : entryIds)
                .executeUpdate();
    }

    private void touch(Recommendation r) {
        r.updatedBy = currentUser.getUsername() == null ? "system" : currentUser.getUsername();
        r.updatedAt = Instant.now(clock);
    }

    static String quota(RecommendingUnit unit) {
        return unit.quota == null ? "∞" : unit.quota.toString();
    }

    private static String references(List<Recommendation> order) {
        return order.stream().map(r -> r.entry.application.reference).collect(Collectors.joining(", "));
    }

    private static String text(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.replace("\r\n", "\n").strip();
        if (t.codePointCount(0, t.length()) > MAX_TEXT) {
            throw new DomainException(FundingFailure.TEXT_TOO_LONG, MAX_TEXT);
        }
        return t;
    }
}
