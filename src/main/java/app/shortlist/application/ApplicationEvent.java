package app.shortlist.application;

/**
 * What happened to an application that later rounds care about. Fired synchronously inside the
 * {@link ApplicationService} transaction, so an observer's writes commit or roll back with it.
 */
public sealed interface ApplicationEvent {

    long applicationId();

    /** Submitted for the first time, or resubmitted after a return for correction. */
    record Submitted(long applicationId, boolean resubmission) implements ApplicationEvent {
    }

    record Withdrawn(long applicationId) implements ApplicationEvent {
    }
}
