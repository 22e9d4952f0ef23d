package app.shortlist.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import app.shortlist.program.Direction;
import app.shortlist.program.Program;
import app.shortlist.program.RecommendingUnit;
import app.shortlist.program.Track;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** 报名 / 申报项目: one project submitted to a program. Changed only through {@link ApplicationService}. */
@Entity
@Table(name = "application")
public class Application extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    public Program program;

    /** Keycloak subject of the owner: stable across renames. */
    @Column(name = "applicant_id", nullable = false)
    public String applicantId;

    @Column(name = "applicant_name", nullable = false)
    public String applicantName;

    /** The owner's language when they last acted; notifications use it. */
    @Column(name = "applicant_lang", nullable = false, length = 8)
    public String applicantLang;

    /** The owner's account e-mail (from Keycloak), where notifications go. */
    @Column(name = "applicant_email", length = 254)
    public String applicantEmail;

    /** E.g. HZ2024-00123; assigned at first submission. */
    @Column(length = 40, unique = true)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ApplicationStatus status = ApplicationStatus.DRAFT;

    @Column(name = "project_name", length = 200)
    public String projectName;

    @Column(length = 200)
    public String organisation;

    @Column(name = "contact_name", length = 100)
    public String contactName;

    @Column(length = 40)
    public String phone;

    @Column(length = 254)
    public String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "track_id")
    public Track track;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "direction_id")
    public Direction direction;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    public RecommendingUnit unit;

    /** 统一社会信用代码, for enterprises. */
    @Column(length = 18)
    public String uscc;

    /** {@link MatchKey} of organisation and uscc, kept by {@link #keys()}: screening finds duplicates by them. */
    @Column(name = "organisation_key", length = 200)
    public String organisationKey;

    @Column(name = "uscc_key", length = 18)
    public String usccKey;

    /** ISO 3166 code of the applicant's country or region. */
    @Column(name = "country_region", length = 8)
    public String countryRegion;

    /** Funds requested, in 万元 (funding calls). */
    @Column(name = "requested_amount", precision = 14, scale = 2)
    public BigDecimal requestedAmount;

    /** Answers to the program's own fields, by field key. */
    @Convert(converter = AnswersConverter.class)
    @Column(length = 100000)
    public Map<String, String> answers = new LinkedHashMap<>();

    /** An individual extension of the submission deadline, granted by an admin. */
    @Column(name = "extended_until")
    public Instant extendedUntil;

    @Column(name = "extension_reason", length = 1000)
    public String extensionReason;

    @Column(name = "correction_until")
    public Instant correctionUntil;

    @Column(name = "correction_message", length = 2000)
    public String correctionMessage;

    /** The Idempotency-Key of the request that created this draft (unique per applicant). */
    @Column(name = "create_key", length = 64)
    public String createKey;

    /** The Idempotency-Key of the submission that was accepted. */
    @Column(name = "submit_key", length = 64)
    public String submitKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Version
    public long version;

    /** The moment after which this application can no longer be submitted or edited. */
    public Instant editableUntil() {
        if (status == ApplicationStatus.RETURNED) {
            return correctionUntil;
        }
        Instant deadline = program.submissionDeadline;
        if (extendedUntil != null && (deadline == null || extendedUntil.isAfter(deadline))) {
            return extendedUntil;
        }
        return deadline;
    }

    public boolean isEditableAt(Instant now) {
        Instant until = editableUntil();
        return status.isEditable() && (until == null || now.isBefore(until));
    }

    @PrePersist
    @PreUpdate
    void keys() {
        organisationKey = MatchKey.of(organisation);
        usccKey = MatchKey.of(uscc);
    }
}
