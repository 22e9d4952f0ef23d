package app.shortlist.results;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import app.shortlist.account.CurrentUser;
import app.shortlist.application.Application;
import app.shortlist.application.ApplicationStatus;
import app.shortlist.audit.AuditTrail;
import app.shortlist.i18n.Lang;
import app.shortlist.i18n.LocalizedText;
import app.shortlist.judging.RankingService;
import app.shortlist.judging.Standing;
import app.shortlist.notification.Notifier;
import app.shortlist.program.Direction;
import app.shortlist.program.Program;
import app.shortlist.program.ProgramPart;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.Dates;
import app.shortlist.web.DomainException;

/**
 * The write side of result lists: draft from a confirmed ranking, amounts within the direction's
 * budget, rows removed or added with a reason, and publication of numbered, frozen versions. Each
 * change is one transaction that holds the list's row lock, so two concurrent edits of the same
 * list run one after the other and cannot together exceed a budget.
 */
@ApplicationScoped
public class ResultListService {

    static final int MAX_REASON = 1000;
    static final int MAX_NOTE = 2000;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    @Inject
    RankingService ranking;

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /**
     * A draft holding the selected lines of the round's confirmed ranking, in ranking order within
     * each group (track or support direction, in the program's order). The proposed amount starts
     * at the requested amount while the direction's budget allows, else empty for the admin to set.
     */
    @Transactional
    public ResultList create(long programId, Long roundId, String titleZh, String titleEn, Grouping grouping) {
        Program program = Program.require(programId);
        if (blank(titleZh) || blank(titleEn) || grouping == null) {
            throw new DomainException(blank(titleZh) || blank(titleEn) ? ResultFailure.TITLE_REQUIRED
                    : CommonFailure.INVALID_INPUT, "grouping");
        }
        if (roundId == null) {
            throw new DomainException(CommonFailure.INVALID_INPUT, "roundId");
        }
        Round round = Round.findById(roundId);
        if (round == null || round.program.id != programId) {
            throw new DomainException(ResultFailure.ROUND_NOT_IN_PROGRAM);
        }
        if (round.state != RoundState.CONFIRMED) {
            throw new DomainException(ResultFailure.ROUND_NOT_CONFIRMED, round.name);
        }
        if (grouping == Grouping.DIRECTION && Direction.count("program.id", programId) == 0) {
            throw new DomainException(ResultFailure.NO_DIRECTIONS);
        }
        Standing standing = ranking.standing(roundId);
        List<Standing.Line> selected = standing.lines().stream().filter(Standing.Line::selected).toList();
        Map<Long, Application> apps = new HashMap<>();
        if (!selected.isEmpty()) {
            Application.<Application> list("id in ?1", selected.stream().map(Standing.Line::applicationId).toList())
                    .forEach(a -> apps.put(a.id, a));
        }
        List<Standing.Line> ordered = new ArrayList<>(selected);
        ordered.sort(Comparator.comparingInt((Standing.Line l) -> groupPosition(grouping, apps.get(l.applicationId())))
                .thenComparingInt(Standing.Line::position));

        ResultList list = new ResultList();
        list.programId = programId;
        list.roundId = roundId;
        list.title = new LocalizedText(titleZh.strip(), titleEn.strip());
        list.grouping = grouping;
        list.createdBy = actor();
        list.createdAt = Instant.now(clock);
        list.persist();
        Map<Long, BigDecimal> used = new HashMap<>();
        int position = 0;
        for (Standing.Line l : ordered) {
            Application a = apps.get(l.applicationId());
            ResultRow row = new ResultRow();
            row.listId = list.id;
            row.applicationId = a.id;
            row.position = position++;
            row.rank = l.rank();
            row.requestedAmount = a.requestedAmount;
            if (a.requestedAmount != null) {
                BigDecimal budget = a.direction == null ? null : a.direction.budget;
                BigDecimal after = used.getOrDefault(directionId(a), BigDecimal.ZERO).add(a.requestedAmount);
                if (budget == null || after.compareTo(budget) <= 0) {
                    row.proposedAmount = a.requestedAmount;
                    used.put(directionId(a), after);
                }
            }
            row.persist();
        }
        audit.record("RESULT_LIST_CREATED", "result_list", list.id, programId, null, list.title.zh,
                "from round " + roundId + " (" + round.name.zh + "), " + grouping + ", " + ordered.size()
                        + " selected project(s)");
        return list;
    }

    /**
     * Sets a row's proposed amount (and award label). Taking the project's support direction over
     * its budget is refused unless {@code reason} says why; the reason is kept on the row.
     */
    @Transactional
    public ResultRow setAmount(long listId, long applicationId, BigDecimal amount, String award, String reason) {
        ResultList list = lockDraft(listId);
        ResultRow row = row(listId, applicationId);
        if (amount != null && (amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(MAX_AMOUNT) > 0)) {
            throw new DomainException(ResultFailure.AMOUNT_INVALID);
        }
        String why = blank(reason) ? null : limit(reason, MAX_REASON);
        Application a = Application.findById(applicationId);
        Direction d = a.direction;
        String overBudget = null;
        if (d != null && d.budget != null && amount != null) {
            BigDecimal after = usedInDirection(listId, d.id, applicationId).add(amount);
            if (after.compareTo(d.budget) > 0) {
                if (why == null) {
                    throw new DomainException(ResultFailure.OVER_BUDGET, d.name, plain(d.budget), plain(after));
                }
                overBudget = why;
            }
        }
        String before = plain(row.proposedAmount) + (row.award == null ? "" : " · " + row.award);
        row.proposedAmount = amount;
        row.award = blank(award) ? null : limit(award, 100);
        row.overBudgetReason = overBudget;
        touch(list);
        audit.record(overBudget == null ? "RESULT_AMOUNT_SET" : "RESULT_AMOUNT_OVER_BUDGET", "result_list", listId,
                list.programId, before, plain(amount) + (row.award == null ? "" : " · " + row.award),
                "application " + applicationId + (d == null ? "" : ", direction " + d.name.zh)
                        + (why == null ? "" : ": " + why));
        return row;
    }

    /** Takes a project off the draft, with the reason the next version will state. */
    @Transactional
    public void removeRow(long listId, long applicationId, String reason) {
        ResultList list = lockDraft(listId);
        String why = required(reason);
        ResultRow row = row(listId, applicationId);
        Application a = Application.findById(applicationId);
        ResultRemoval r = new ResultRemoval();
        r.listId = listId;
        r.applicationId = applicationId;
        r.projectName = a.projectName;
        r.reason = why;
        r.removedBy = actor();
        r.removedAt = Instant.now(clock);
        r.persist();
        row.delete();
        touch(list);
        audit.record("RESULT_ROW_REMOVED", "result_list", listId, list.programId, a.projectName, null,
                "application " + applicationId + ": " + why);
    }

    /** Puts a submitted application of the program on the draft, last in its group, with the reason. */
    @Transactional
    public ResultRow addRow(long listId, long applicationId, String reason) {
        ResultList list = lockDraft(listId);
        String why = required(reason);
        Application a = Application.findById(applicationId);
        if (a == null || a.program.id != list.programId || a.submittedAt == null
                || a.status == ApplicationStatus.WITHDRAWN || a.status == ApplicationStatus.DRAFT) {
            throw new DomainException(ResultFailure.NOT_ADDABLE);
        }
        if (ResultRow.count("listId = ?1 and applicationId = ?2", listId, applicationId) > 0) {
            throw new DomainException(ResultFailure.ALREADY_ON_LIST);
        }
        Integer max = ResultRow.getEntityManager()
                .createQuery("select max(r.position) from ResultRow r where r.listId = :l", Integer.class)
                .setParameter("l", listId).getSingleResult();
        ResultRow row = new ResultRow();
        row.listId = listId;
        row.applicationId = applicationId;
        row.position = max == null ? 0 : max + 1;
        row.requestedAmount = a.requestedAmount;
        row.addedReason = why;
        row.persist();
        ResultRemoval.delete("listId = ?1 and applicationId = ?2 and versionNumber is null", listId, applicationId);
        touch(list);
        audit.record("RESULT_ROW_ADDED", "result_list", listId, list.programId, null, a.projectName,
                "application " + applicationId + ": " + why);
        return row;
    }

    /**
     * Publishes the draft as the next numbered version: every row copied as it stands now, with an
     * optional notice period. Every version after the first needs a change note (a correction);
     * the final version comes only after the notice period, with every objection resolved, and
     * closes the list.
     */
    @Transactional
    public ResultListVersion publish(long listId, Instant noticeStartsAt, Instant noticeEndsAt, String changeNote,
            boolean finalList) {
        ResultList list = lockDraft(listId);
        Instant now = Instant.now(clock);
        ResultListVersion previous = ResultListVersion.latest(listId);
        String note = blank(changeNote) ? null : limit(changeNote, MAX_NOTE);
        if (previous != null && note == null) {
            throw new DomainException(ResultFailure.CHANGE_NOTE_REQUIRED);
        }
        if ((noticeStartsAt == null) != (noticeEndsAt == null)
                || (noticeStartsAt != null && (!noticeStartsAt.isBefore(noticeEndsAt) || !noticeEndsAt.isAfter(now)))
                || (finalList && noticeStartsAt != null)) {
            throw new DomainException(ResultFailure.NOTICE_INCOMPLETE);
        }
        if (finalList) {
            ResultListVersion noticed = ResultListVersion.find(
                    "listId = ?1 and noticeEndsAt is not null order by number desc", listId).firstResult();
            if (noticed != null && !now.isAfter(noticed.noticeEndsAt)) {
                throw new DomainException(ResultFailure.NOTICE_NOT_OVER, Dates.format(noticed.noticeEndsAt));
            }
            long open = Objection.count("listId = ?1 and status = ?2", listId, ObjectionStatus.OPEN);
            if (open > 0) {
                throw new DomainException(ResultFailure.OBJECTIONS_OPEN, open);
            }
        }
        List<ResultRow> rows = ResultRow.list("listId = ?1 order by position", listId);
        if (rows.isEmpty()) {
            throw new DomainException(ResultFailure.EMPTY_LIST);
        }
        ResultListVersion v = new ResultListVersion();
        v.listId = listId;
        v.number = previous == null ? 1 : previous.number + 1;
        v.publishedAt = now;
        v.publishedBy = actor();
        v.noticeStartsAt = noticeStartsAt;
        v.noticeEndsAt = noticeEndsAt;
        v.changeNote = note;
        v.finalVersion = finalList;
        v.persist();
        List<ResultListEntry> entries = copy(list, v, rows);
        List<ResultRemoval> dropped = ResultRemoval.list("listId = ?1 and versionNumber is null", listId);
        dropped.forEach(r -> r.versionNumber = v.number);
        touch(list);
        notifyApplicants(list, v, entries);
        audit.record(finalList ? "RESULT_LIST_FINAL" : v.number == 1 ? "RESULT_LIST_PUBLISHED" : "RESULT_LIST_CORRECTED",
                "result_list", listId, list.programId, previous == null ? null : "v" + previous.number,
                "v" + v.number, entries.size() + " project(s)"
                        + (v.hasNotice() ? ", notice " + Dates.format(noticeStartsAt) + " – " + Dates.format(noticeEndsAt) : "")
                        + (dropped.isEmpty() ? "" : ", dropped " + dropped.size()) + (note == null ? "" : ": " + note));
        return v;
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** The copies: names, units, groups and amounts as they are at this moment. */
    private static List<ResultListEntry> copy(ResultList list, ResultListVersion v, List<ResultRow> rows) {
        Map<Long, Application> apps = new HashMap<>();
        Application.<Application> list("id in ?1", rows.stream().map(r -> r.applicationId).toList())
                .forEach(a -> apps.put(a.id, a));
        List<ResultRow> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparingInt((ResultRow r) -> groupPosition(list.grouping, apps.get(r.applicationId)))
                .thenComparingInt(r -> r.position));
        List<ResultListEntry> out = new ArrayList<>(ordered.size());
        int position = 0;
        for (ResultRow r : ordered) {
            Application a = apps.get(r.applicationId);
            ResultListEntry e = new ResultListEntry();
            e.versionId = v.id;
            e.position = position++;
            e.applicationId = a.id;
            e.reference = a.reference;
            e.projectName = a.projectName;
            e.organisation = a.organisation;
            e.unit = a.unit == null ? null : copyOf(a.unit.name);
            ProgramPart group = list.grouping == Grouping.DIRECTION ? a.direction : a.track;
            e.group = group == null ? null : copyOf(group.name);
            e.rank = r.rank;
            e.requestedAmount = r.requestedAmount;
            e.proposedAmount = r.proposedAmount;
            e.award = r.award;
            e.persist();
            out.add(e);
        }
        return out;
    }

    /** Everyone listed, and everyone the source round ranked but the list leaves out. */
    private void notifyApplicants(ResultList list, ResultListVersion v, List<ResultListEntry> entries) {
        Map<Long, ResultListEntry> listed = new HashMap<>();
        entries.forEach(e -> listed.put(e.applicationId, e));
        Set<Long> concerned = new LinkedHashSet<>(listed.keySet());
        if (list.roundId != null) {
            ranking.standing(list.roundId).lines().forEach(l -> concerned.add(l.applicationId()));
        }
        Program program = Program.findById(list.programId);
        for (Application a : Application.<Application> list("id in ?1", List.copyOf(concerned))) {
            Lang to = Lang.of(a.applicantLang).orElse(Lang.DEFAULT);
            ResultListEntry e = listed.get(a.id);
            notifier.queue(a.applicantId, a.applicantEmail, to.tag(), a.id,
                    ResultMails.publishedSubject(to, list.title.in(to), program.name.in(to)),
                    ResultMails.publishedBody(to, list.title.in(to), program.name.in(to), a.projectName, a.reference,
                            e != null, e == null ? null : plain(e.proposedAmount), v, list.id));
        }
    }

    private static ResultList lockDraft(long listId) {
        ResultList list = ResultList.getEntityManager().find(ResultList.class, listId, LockModeType.PESSIMISTIC_WRITE);
        if (list == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        ResultListVersion latest = ResultListVersion.latest(listId);
        if (latest != null && latest.finalVersion) {
            throw new DomainException(ResultFailure.PUBLISHED_FINAL);
        }
        return list;
    }

    /** Proposed amounts of the list's other rows whose project is in the direction. */
    static BigDecimal usedInDirection(long listId, long directionId, Long exceptApplicationId) {
        BigDecimal sum = ResultRow.getEntityManager().createQuery("select sum(r.proposedAmount) from ResultRow r,"
                + " Application a where r.listId = :l and a.id = r.applicationId and a.direction.id = :d"
                + " and a.id <> :except", BigDecimal.class).setParameter("l", listId).setParameter("d", directionId)
                .setParameter("except", exceptApplicationId == null ? -1L : exceptApplicationId).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    private static ResultRow row(long listId, long applicationId) {
        ResultRow row = ResultRow.find("listId = ?1 and applicationId = ?2", listId, applicationId).firstResult();
        if (row == null) {
            throw new DomainException(ResultFailure.NOT_ON_LIST);
        }
        return row;
    }

    /** Moves the list's version, so a page showing the old draft is stale. */
    private static void touch(ResultList list) {
        ResultList.getEntityManager().lock(list, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    private static int groupPosition(Grouping grouping, Application a) {
        ProgramPart p = grouping == Grouping.DIRECTION ? a.direction : a.track;
        return p == null ? Integer.MAX_VALUE : p.position;
    }

    private static Long directionId(Application a) {
        return a.direction == null ? null : a.direction.id;
    }

    private static LocalizedText copyOf(LocalizedText t) {
        return t == null ? null : new LocalizedText(t.zh, t.en);
    }

    static String plain(BigDecimal amount) {
        return amount == null ? "—" : amount.stripTrailingZeros().toPlainString();
    }

    private static String required(String reason) {
        if (blank(reason)) {
            throw new DomainException(ResultFailure.REASON_REQUIRED);
        }
        return limit(reason, MAX_REASON);
    }

    private static String limit(String text, int max) {
        String t = text.strip();
        if (t.length() > max) {
            throw new DomainException(ResultFailure.REASON_TOO_LONG, max);
        }
        return t;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private String actor() {
        String u = currentUser.getUsername();
        return u == null ? "system" : u;
    }
}
