package app.shortlist.application;

import java.time.Instant;
import java.util.List;

/** One applicant's applications in all programs, newest first, in one query each. */
final class MyApplications {

    /** A row of the applicant's own list, with the program's name in both languages. */
    record Mine(long id, String programZh, String programEn, String projectName, String reference,
            ApplicationStatus status, Instant updatedAt) {
    }

    private MyApplications() {
    }

    static List<ApplicationSummary> of(String subject) {
        return Application.getEntityManager().createQuery(ApplicationSummary.SELECT
                + " from Application a where a.applicantId = :me order by a.createdAt desc, a.id desc",
                ApplicationSummary.class).setParameter("me", subject).setMaxResults(500).getResultList();
    }

    static List<Mine> withProgramNames(String subject) {
        return Application.getEntityManager().createQuery("select a.id, p.name.zh, p.name.en, a.projectName, "
                + "a.reference, a.status, a.updatedAt from Application a join a.program p "
                + "where a.applicantId = :me order by a.createdAt desc, a.id desc", Object[].class)
                .setParameter("me", subject).setMaxResults(500).getResultList().stream()
                .map(r -> new Mine((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (ApplicationStatus) r[5], (Instant) r[6]))
                .toList();
    }
}
