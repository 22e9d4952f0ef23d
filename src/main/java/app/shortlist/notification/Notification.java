package app.shortlist.notification;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;

/**
 * A message to one person, written in the transaction of the change it reports
 * (an outbox), mailed after commit, and shown on the recipient's pages.
 */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntity {

    /** Keycloak subject of the recipient. */
    @Column(name = "recipient_id", nullable = false)
    public String recipientId;

    @Column(length = 254)
    public String email;

    @Column(nullable = false, length = 8)
    public String lang;

    @Column(name = "application_id")
    public Long applicationId;

    @Column(nullable = false, length = 500)
    public String subject;

    @Column(nullable = false, length = 8000)
    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "failed_attempts", nullable = false)
    public int failedAttempts;

    public static List<Notification> forApplication(long applicationId) {
        return list("applicationId", Sort.descending("createdAt").and("id", Sort.Direction.Descending), applicationId);
    }
}
