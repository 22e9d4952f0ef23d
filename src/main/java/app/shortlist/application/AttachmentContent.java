package app.shortlist.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The bytes of an attachment, in the database so every app instance sees them
 * (no local-disk state). Read only when someone downloads the file.
 */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent extends PanacheEntityBase {

    @Id
    @Column(name = "attachment_id")
    public Long attachmentId;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(nullable = false, length = 100_000_000)
    public byte[] content;
}
