package app.shortlist.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.shortlist.i18n.LocalizedText;
import app.shortlist.program.Program;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;

/**
 * The read side of published results, for the public pages, the API, applicants' status pages and
 * exports: a version's header and its frozen rows in order. Reads copies only, so the same version
 * always gives the same rows.
 */
@ApplicationScoped
public class PublishedLists {

    /** A project the version leaves out compared with the one before, and why. */
    public record Dropped(long applicationId, String projectName, String reason) {
    }

    /**
     * @param publishedBy the admin's account: for staff pages and exports, left out of the public JSON
     * @param versions    every published number of the list, ascending
     */
    public record Header(long listId, long programId, LocalizedText program, LocalizedText title, Grouping grouping,
            int number, Instant publishedAt,
            @com.fasterxml.jackson.annotation.JsonIgnore String publishedBy, Instant noticeStartsAt, Instant noticeEndsAt,
            String changeNote, boolean finalVersion, List<Dropped> dropped, List<Integer> versions) {

        public boolean latest() {
            return versions.isEmpty() || versions.get(versions.size() - 1) == number;
        }
    }

    /** One frozen line; amounts in 万元. */
    public record Row(int position, long applicationId, String reference, String projectName, String organisation,
            LocalizedText unit, LocalizedText group, Integer rank, BigDecimal requestedAmount, BigDecimal proposedAmount,
            String award) {
    }

    public record Published(Header header, List<Row> rows) {
    }

    /** A list's published version {@code number} (1, 2, …); 404 when there is none. */
    @Transactional
    public Published version(long listId, int number) {
        ResultListVersion v = ResultListVersion.find("listId = ?1 and number = ?2", listId, number).firstResult();
        if (v == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return read(v);
    }

    /** The list's latest published version; 404 when nothing is published yet. */
    @Transactional
    public Published latest(long listId) {
        ResultListVersion v = ResultListVersion.latest(listId);
        if (v == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return read(v);
    }

    /** The program's lists that have a published version, as their latest headers (no rows), newest first. */
    @Transactional
    public List<Header> ofProgram(long programId) {
        return ResultList.<ResultList> list("programId = ?1 order by id desc", programId).stream()
                .map(l -> ResultListVersion.latest(l.id)).filter(v -> v != null).map(this::header).toList();
    }

    Published read(ResultListVersion v) {
        List<Row> rows = ResultListEntry.<ResultListEntry> list("versionId = ?1 order by position", v.id).stream()
                .map(e -> new Row(e.position, e.applicationId, e.reference, e.projectName, e.organisation, e.unit,
                        e.group, e.rank, e.requestedAmount, e.proposedAmount, e.award))
                .toList();
        return new Published(header(v), rows);
    }

    Header header(ResultListVersion v) {
        ResultList list = ResultList.findById(v.listId);
        Program p = Program.findById(list.programId);
        List<Dropped> dropped = ResultRemoval.<ResultRemoval> list("listId = ?1 and versionNumber = ?2 order by removedAt",
                v.listId, v.number).stream().map(r -> new Dropped(r.applicationId, r.projectName, r.reason)).toList();
        List<Integer> numbers = ResultListVersion.getEntityManager().createQuery(
                "select v.number from ResultListVersion v where v.listId = :l order by v.number", Integer.class)
                .setParameter("l", v.listId).getResultList();
        return new Header(list.id, list.programId, p.name, list.title, list.grouping, v.number, v.publishedAt,
                v.publishedBy, v.noticeStartsAt, v.noticeEndsAt, v.changeNote, v.finalVersion, dropped, numbers);
    }
}
