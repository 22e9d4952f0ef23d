package app.shortlist.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Business counters for Prometheus (submissions, scorecards). A domain service calls
 * {@link #countOnCommit} once its rule has passed; the counter moves only if the
 * transaction commits, so a refused or rolled-back operation is never counted.
 */
@ApplicationScoped
public class DomainMetrics {

    public static final String SUBMISSIONS = "shortlist.submissions";
    public static final String SCORECARDS = "shortlist.scorecards.submitted";

    @Inject
    MeterRegistry registry;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** {@code tags} are key, value pairs. Must be called inside the operation's transaction. */
    public void countOnCommit(String name, String... tags) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    registry.counter(name, tags).increment();
                }
            }
        });
    }
}
