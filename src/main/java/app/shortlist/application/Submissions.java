package app.shortlist.application;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;

import app.shortlist.i18n.Lang;

/**
 * Submitting twice — a double click, a retry after a timeout, two tabs — must
 * yield one submitted application. When two submits race, the loser's
 * transaction fails on the version; trying once more then finds the
 * application submitted and returns it. Starting a draft with a key is made
 * repeatable the same way ({@link #createOnce}).
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

    /**
     * Starting a draft with an Idempotency-Key: two racing repeats of the same key meet
     * the unique index; the loser's second try finds the winner's draft and returns it.
     */
    static Application createOnce(ApplicationService service, long programId, String key, Lang lang) {
        try {
            return service.createDraft(programId, key, lang);
        } catch (RuntimeException e) {
            if (key != null && !key.isBlank() && causedByConstraint(e)) {
                return service.createDraft(programId, key, lang);
            }
            throw e;
        }
    }

    private static boolean causedByConstraint(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
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
