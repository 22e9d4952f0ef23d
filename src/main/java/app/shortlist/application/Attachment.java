package app.shortlist.application;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A document uploaded for one FILE field of an application. Its bytes are kept by {@link AttachmentStore}:
 * a file named by {@link #storageKey}, or (key null) an {@link AttachmentContent} row.
 */
@Entity
@Table(name = "attachment")
public class Attachment extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public Application application;

    @Column(name = "field_key", nullable = false, length = 64)
    public String fieldKey;

    /** Sanitised on upload; shown to people, never used as a path. */
    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "content_type", nullable = false, length = 128)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    /** The file holding the bytes (random, never derived from the name); null when they are a database row. */
    @Column(name = "storage_key", length = 64, updatable = false)
    public String storageKey;

    public static List<Attachment> forApplication(long applicationId) {
        return list("application.id = ?1 order by fieldKey", applicationId);
    }
}
