package app.shortlist.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

/**
 * Attachment bytes as {@code attachment_content} rows: every instance sees them without a shared
 * volume, and a backup of the database is a backup of everything. Their commit writes the bytes,
 * which is cheap on PostgreSQL (commits overlap) and what made the H2 rush slow (they do not).
 */
@ApplicationScoped
class DatabaseAttachmentStore implements AttachmentStore.Backend {

    /**
     * The bytes go to the driver as a stream of known length (PostgreSQL's driver sends them straight
     * from it), never as one array in the heap; the attachment row is flushed first for the key.
     */
    @Override
    public void save(Attachment att, Upload upload) {
        att.persistAndFlush();
        Attachment.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (InputStream in = upload.open();
                    PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO attachment_content (attachment_id, content) VALUES (?, ?)")) {
                insert.setLong(1, att.id);
                insert.setBinaryStream(2, in, upload.size());
                insert.executeUpdate();
            } catch (IOException e) {
                throw new UncheckedIOException("reading the upload of attachment " + att.id, e);
            }
        });
    }

    @Override
    public byte[] read(Attachment att) {
        AttachmentContent content = AttachmentContent.findById(att.id);
        return content == null ? null : content.content;
    }

    @Override
    public void remove(Attachment att) {
        AttachmentContent.delete("attachmentId", att.id); // a bulk delete: never loads the bytes
        att.delete();
    }
}
