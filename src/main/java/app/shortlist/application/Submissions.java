package app.shortlist.application;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;

import app.shortlist.i18n.Lang;

/**
 * Submitting twice — a double click, a retry after a timeout, two tabs — must
 * yield one submitted application. When two submits race, the loser's
 * transaction fails on the version; trying once more then finds the
 * application submitted and returns it.
 */
final class Submissions {

    private Submissions() {
    }

    static Application submit(ApplicationService service, long applicationId, String key, Lang lang) {
        try {
            return service.submit(applicationId, key, lang);
        } catch (OptimisticLockException | StaleStateException e) {
            return service.submit(applicationId, key, lang);
        } catch (RuntimeException e) {
            if (causedByStaleState(e)) {
                return service.submit(applicationId, key, lang);
            }
            throw e;
        }
    }

    private static boolean causedByStaleState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }
}
