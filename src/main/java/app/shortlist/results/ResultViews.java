package app.shortlist.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.shortlist.application.Application;
import app.shortlist.i18n.Lang;
import app.shortlist.program.Direction;
import app.shortlist.program.Program;
import app.shortlist.program.ProgramPart;
import app.shortlist.program.Round;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.Dates;
import app.shortlist.web.DomainException;
import io.quarkus.qute.TemplateData;

/** What the admin sees of a list: the draft with budgets used / left, its versions and objections. */
@ApplicationScoped
public class ResultViews {

    @TemplateData
    public record DraftRow(long applicationId, String reference, String project, String organisation, String unit,
            String group, Integer rank, BigDecimal requestedAmount, BigDecimal proposedAmount, String award,
            String overBudgetReason, String addedReason) {
    }

    @TemplateData
    public record Group(String name, List<DraftRow> rows) {
    }

    /** A support direction's budget against this draft's proposed amounts (万元). */
    @TemplateData
    public record Budget(long directionId, String direction, BigDecimal budget, BigDecimal used, BigDecimal left,
            boolean over) {
    }

    @TemplateData
    public record VersionLine(int number, String publishedAt, String publishedBy, String notice, String changeNote,
            boolean finalVersion) {
    }

    @TemplateData
    public record ObjectionLine(long id, String project, String realName, String contact, String reasons,
            String filedAt, String filedBy, String status, String statusLabel, String resolution, String evidenceName,
            boolean open) {
    }

    @TemplateData
    public record DraftView(long listId, long programId, String program, String title, String grouping, Long roundId,
            String round, long version, boolean closed, List<Group> groups, List<Budget> budgets,
            List<VersionLine> versions, List<ObjectionLine> objections, int rowCount) {
    }

    @TemplateData
    public record ListLine(long id, String title, String grouping, String round, int rows, String published) {
    }

    @Transactional
    public DraftView draft(long listId, Lang lang) {
        ResultList list = ResultList.findById(listId);
        if (list == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        Program p = Program.findById(list.programId);
        List<ResultRow> rows = ResultRow.list("listId = ?1 order by position", listId);
        Map<Long, Application> apps = new HashMap<>();
        if (!rows.isEmpty()) {
            // With their direction, track and unit: one statement however many units and directions the rows span.
            Application.<Application> list("select a from Application a left join fetch a.direction "
                    + "left join fetch a.track left join fetch a.unit where a.id in ?1",
                    rows.stream().map(r -> r.applicationId).toList()).forEach(a -> apps.put(a.id, a));
        }
        Map<String, List<DraftRow>> groups = new LinkedHashMap<>();
        List<ResultRow> ordered = new ArrayList<>(rows);
        ordered.sort(java.util.Comparator.comparingInt((ResultRow r) -> position(list, apps.get(r.applicationId)))
                .thenComparingInt(r -> r.position));
        for (ResultRow r : ordered) {
            Application a = apps.get(r.applicationId);
            ProgramPart g = list.grouping == Grouping.DIRECTION ? a.direction : a.track;
            String group = g == null ? "—" : g.name.in(lang);
            groups.computeIfAbsent(group, k -> new ArrayList<>()).add(new DraftRow(a.id, a.reference, a.projectName,
                    a.organisation, a.unit == null ? null : a.unit.name.in(lang), group, r.rank, r.requestedAmount,
                    r.proposedAmount, r.award, r.overBudgetReason, r.addedReason));
        }
        List<Budget> budgets = new ArrayList<>();
        for (Direction d : Direction.<Direction> list("program.id = ?1 order by position", list.programId)) {
            if (d.budget != null) {
                BigDecimal used = ResultListService.usedInDirection(listId, d.id, null);
                budgets.add(new Budget(d.id, d.name.in(lang), d.budget, used, d.budget.subtract(used),
                        used.compareTo(d.budget) > 0));
            }
        }
        List<VersionLine> versions = ResultListVersion.<ResultListVersion> list("listId = ?1 order by number", listId)
                .stream().map(v -> new VersionLine(v.number, Dates.format(v.publishedAt), v.publishedBy,
                        v.hasNotice() ? Dates.format(v.noticeStartsAt) + " – " + Dates.format(v.noticeEndsAt) : null,
                        v.changeNote, v.finalVersion))
                .toList();
        List<ObjectionLine> objections = Objection.<Objection> list("listId = ?1 order by filedAt, id", listId).stream()
                .map(o -> new ObjectionLine(o.id, o.projectName, o.realName, o.contact, o.reasons,
                        Dates.format(o.filedAt), o.filedBy, o.status.name(), o.status.label().in(lang), o.resolution,
                        o.evidenceName, o.status == ObjectionStatus.OPEN))
                .toList();
        Round round = list.roundId == null ? null : Round.findById(list.roundId);
        boolean closed = !versions.isEmpty() && versions.get(versions.size() - 1).finalVersion();
        return new DraftView(listId, list.programId, p.name.in(lang), list.title.in(lang),
                list.grouping.label().in(lang), list.roundId, round == null ? null : round.name.in(lang), list.version,
                closed, groups.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList(), budgets,
                versions, objections, rows.size());
    }

    @Transactional
    public List<ListLine> ofProgram(long programId, Lang lang) {
        Program.require(programId);
        return ResultList.<ResultList> list("programId = ?1 order by id", programId).stream().map(l -> {
            Round r = l.roundId == null ? null : Round.findById(l.roundId);
            ResultListVersion v = ResultListVersion.latest(l.id);
            return new ListLine(l.id, l.title.in(lang), l.grouping.label().in(lang), r == null ? null : r.name.in(lang),
                    (int) ResultRow.count("listId", l.id),
                    v == null ? null : "v" + v.number + " · " + Dates.format(v.publishedAt));
        }).toList();
    }

    private static int position(ResultList list, Application a) {
        ProgramPart g = list.grouping == Grouping.DIRECTION ? a.direction : a.track;
        return g == null ? Integer.MAX_VALUE : g.position;
    }
}
