package app.shortlist.notification;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.context.api.ManagedExecutorConfig;

/**
 * Queues a notification inside the caller's transaction and mails it once that
 * transaction has committed, so nobody is told of a change that rolled back.
 * Mail goes out on one background worker, in order: an operation that notifies
 * 1,350 applicants answers as soon as it has committed, not after 1,350 SMTP calls.
 */
@ApplicationScoped
public class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class);

    record Queued(long notificationId) {
    }

    @Inject
    Event<Queued> queued;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Inject
    @ManagedExecutorConfig(maxAsync = 1, propagated = {}, cleared = ThreadContext.ALL_REMAINING)
    ManagedExecutor outbox;

    public Notification queue(String recipientId, String email, String lang, Long applicationId, String subject,
            String body) {
        Notification n = new Notification();
        n.recipientId = recipientId;
        n.email = email;
        n.lang = lang;
        n.applicationId = applicationId;
        n.subject = subject;
        n.body = body;
        n.createdAt = Instant.now(clock);
        n.persist();
        queued.fire(new Queued(n.id));
        return n;
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued event) {
        outbox.runAsync(() -> deliver(event.notificationId())).exceptionally(e -> {
            LOG.warnf(e, "Mailing notification %d failed; it stays on the recipient's page", event.notificationId());
            return null;
        });
    }

    private void deliver(long notificationId) {
        QuarkusTransaction.requiringNew().run(() -> {
            Notification n = Notification.findById(notificationId);
            if (n == null || n.sentAt != null || n.email == null || n.email.isBlank()) {
                return;
            }
            try {
                mailer.send(Mail.withText(n.email, n.subject, n.body));
                n.sentAt = Instant.now(clock);
            } catch (RuntimeException e) {
                n.failedAttempts++;
                LOG.warnf(e, "Could not mail notification %d; it stays on the recipient's page", n.id);
            }
        });
    }
}
