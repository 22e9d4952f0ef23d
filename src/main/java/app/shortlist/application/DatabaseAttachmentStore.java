package app.shortlist.application;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Attachment bytes as {@code attachment_content} rows: every instance sees them without a shared
 * volume, and a backup of the database is a backup of everything. Their commit writes the bytes,
 * which is cheap on PostgreSQL (commits overlap) and what made the H2 rush slow (they do not).
 */
@ApplicationScoped
class DatabaseAttachmentStore implements AttachmentStore.Backend {

    @Override
    public void save(Attachment att, byte[] content) {
        att.persist();
        AttachmentContent bytes = new AttachmentContent();
        bytes.attachmentId = att.id;
        bytes.content = content;
        bytes.persist();
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
