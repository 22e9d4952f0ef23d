package app.shortlist.support;

import java.time.Duration;
import java.time.Instant;

import app.shortlist.notification.Notification;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Mail leaves after commit on a background worker: a test that reads the mailbox waits for the outbox first. */
public final class Outbox {

    private Outbox() {
    }

    /** Returns once every queued notification with an address was mailed (or failed), at most 10 s. */
    public static void drained() {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (QuarkusTransaction.requiringNew().call(() -> Notification
                .count("sentAt is null and email is not null and email <> '' and failedAttempts = 0")) > 0) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("the mail outbox did not drain within 10 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
