package app.shortlist.pipeline;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import app.shortlist.application.Application;
import app.shortlist.program.Round;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One application's place in one round (unique per round and application). */
@Entity
@Table(name = "round_entry")
public class RoundEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "round_entry")
    @SequenceGenerator(name = "round_entry", sequenceName = "round_entry_SEQ", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    public Round round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public Application application;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public EntryState state = EntryState.WAITING;

    /** Screening: the checklist items ticked, comma-separated ids. */
    @Column(length = 2000)
    public String checklist;

    /** Screening: the admin-kept reason of a rejection (null for free text only). */
    @Column(name = "reason_id")
    public Long reasonId;

    /** The screener's words: the rejection's free text or the correction message. */
    @Column(name = "reason_text", length = 2000)
    public String reasonText;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "entered_at", nullable = false)
    public Instant enteredAt;

    /**
     * The application's submission time, copied: the screening queue's sort key, indexed with the
     * round (V13) so a page of the queue needs no join before its limit. Set on insert, and by
     * {@link Pipeline} when a returned application is resubmitted.
     */
    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Version
    @Column(nullable = false)
    public long version;

    @PrePersist
    void copySubmissionTime() {
        if (submittedAt == null && application != null) {
            submittedAt = application.submittedAt;
        }
    }
}
