package app.shortlist.results;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

import app.shortlist.application.Application;
import app.shortlist.i18n.Lang;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.web.Dates;
import app.shortlist.web.RequestLanguage;
import io.quarkus.qute.TemplateData;

/**
 * An application's outcome in each published list of its program, for the applicant's status page
 * ({inject:resultOutcomes.of(id)}): on the list (with the proposed amount) or not. Lists drafted
 * from a round the application did not take part in are left out.
 */
@Named("resultOutcomes")
@RequestScoped
public class Outcomes {

    @TemplateData
    public record Outcome(long listId, String title, int version, String publishedAt, boolean listed, String proposed,
            String award, boolean finalVersion) {
    }

    @Inject
    RequestLanguage language;

    @Transactional
    public List<Outcome> of(long applicationId) {
        Lang lang = language.get();
        Application a = Application.findById(applicationId);
        if (a == null) {
            return List.of();
        }
        List<Outcome> out = new ArrayList<>();
        for (ResultList list : ResultList.<ResultList> list("programId = ?1 order by id", a.program.id)) {
            ResultListVersion v = ResultListVersion.latest(list.id);
            if (v == null) {
                continue;
            }
            ResultListEntry e = ResultListEntry.find("versionId = ?1 and applicationId = ?2", v.id, applicationId)
                    .firstResult();
            boolean concerned = e != null
                    || (list.roundId != null && RoundEntry.count("round.id = ?1 and application.id = ?2", list.roundId,
                            applicationId) > 0)
                    || ResultListEntry.count("applicationId = ?1 and versionId in (select x.id from ResultListVersion x"
                            + " where x.listId = ?2)", applicationId, list.id) > 0;
            if (concerned) {
                out.add(new Outcome(list.id, list.title.in(lang), v.number, Dates.format(v.publishedAt), e != null,
                        e == null || e.proposedAmount == null ? null : ResultListService.plain(e.proposedAmount),
                        e == null ? null : e.award, v.finalVersion));
            }
        }
        return out;
    }
}
