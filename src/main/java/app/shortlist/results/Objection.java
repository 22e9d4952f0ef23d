package app.shortlist.results;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** 异议: a signed-in person's objection to a listed project, filed during the notice period. */
@Entity
@Table(name = "objection")
public class Objection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "objection")
    @SequenceGenerator(name = "objection", sequenceName = "objection_SEQ", allocationSize = 50)
    public Long id;

    @Column(name = "list_id", nullable = false)
    public long listId;

    @Column(name = "version_id", nullable = false)
    public long versionId;

    @Column(name = "application_id", nullable = false)
    public long applicationId;

    /** As listed when the objection was filed. */
    @Column(name = "project_name", length = 200)
    public String projectName;

    /** The objector's account (username), for the audit trail and the mail. */
    @Column(name = "filed_by", nullable = false)
    public String filedBy;

    @Column(name = "filer_email", length = 254)
    public String filerEmail;

    @Column(name = "filer_lang", nullable = false, length = 8)
    public String filerLang;

    @Column(name = "real_name", nullable = false, length = 100)
    public String realName;

    @Column(nullable = false, length = 254)
    public String contact;

    @Column(nullable = false, length = 5000)
    public String reasons;

    @Column(name = "evidence_name")
    public String evidenceName;

    @Column(name = "evidence_type")
    public String evidenceType;

    /** Read only when an admin downloads it. */
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(length = 100_000_000)
    public byte[] evidence;

    @Column(name = "filed_at", nullable = false)
    public Instant filedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ObjectionStatus status = ObjectionStatus.OPEN;

    @Column(length = 2000)
    public String resolution;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Version
    public long version;
}
