package app.shortlist.application;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;

/**
 * Keeps the bytes of attachments, in one of two places chosen by {@code shortlist.attachments.store}:
 * <ul>
 * <li>{@code files}: a file per attachment under {@code shortlist.attachments.dir}, durable before the
 * row commits ({@link FileAttachmentStore}). The embedded H2 default: H2 commits one transaction at a
 * time, and a megabyte written inside each upload's commit made every other commit wait.</li>
 * <li>{@code database}: an {@code attachment_content} row ({@link DatabaseAttachmentStore}). The
 * PostgreSQL default: several instances share the bytes without a shared volume.</li>
 * </ul>
 * {@code auto} (the default) picks files on H2 and database otherwise. The setting decides where new
 * uploads go; each row says where its own bytes are (a storage key or not), so reading and removing
 * follow the row, and switching the setting strands nothing.
 */
@ApplicationScoped
public class AttachmentStore {

    private static final Logger LOG = Logger.getLogger(AttachmentStore.class);

    public enum Kind {
        FILES, DATABASE;

        /** {@code files}, {@code database}, or {@code auto}: files for the embedded H2, database for any other. */
        static Kind resolve(String configured, String dbKind) {
            String value = configured == null ? "auto" : configured.strip().toLowerCase(Locale.ROOT);
            return switch (value) {
                case "files" -> FILES;
                case "database" -> DATABASE;
                case "auto", "" -> "h2".equalsIgnoreCase(dbKind) ? FILES : DATABASE;
                default -> throw new IllegalStateException(
                        "shortlist.attachments.store must be files, database or auto, not '" + configured + "'");
            };
        }
    }

    /** One place the bytes can be. Each method works in the caller's transaction. */
    interface Backend {

        /** Persists {@code att} (filled in, not yet persisted) with the upload's bytes, streamed. */
        void save(Attachment att, Upload upload);

        /** The bytes, or null when they are not there. */
        byte[] read(Attachment att);

        /** Deletes {@code att} and its bytes; the bytes disappear only if the transaction commits. */
        void remove(Attachment att);
    }

    @ConfigProperty(name = "shortlist.attachments.store", defaultValue = "auto")
    String configured;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Inject
    FileAttachmentStore files;

    @Inject
    DatabaseAttachmentStore database;

    void onStart(@Observes StartupEvent start) {
        LOG.infof("Attachments are stored in %s", kind() == Kind.FILES ? files.root().toAbsolutePath() : "the database");
    }

    /** Where new uploads go. */
    public Kind kind() {
        return Kind.resolve(configured, dbKind);
    }

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "60M")
    MemorySize maxBody;

    @ConfigProperty(name = "shortlist.uploads.spool-dir")
    String spoolDir;

    /** Where request bodies wait on their way in: scratch space of this instance, whatever the store. */
    public Path spool() {
        return Path.of(spoolDir);
    }

    /**
     * Copies a request body to a temporary file in the {@link #spool} before any check or transaction:
     * the caller closes it (which deletes it). Longer than the largest body the server takes is
     * FILE_TOO_LARGE.
     */
    public SpooledUpload receive(InputStream body) {
        return SpooledUpload.spool(body, spool(), maxBody.asLongValue());
    }

    /** A multipart part Quarkus has already written to disk; it deletes the file itself. */
    public SpooledUpload receive(Path part) {
        return SpooledUpload.ofFile(part);
    }

    /** Persists a new attachment with its bytes in the configured place. */
    public void save(Attachment att, Upload upload) {
        (kind() == Kind.FILES ? files : database).save(att, upload);
    }

    /** The attachment's bytes, or null when they are missing (logged: a referenced file should never be). */
    public byte[] read(Attachment att) {
        byte[] bytes = of(att).read(att);
        if (bytes == null) {
            LOG.warnf("The bytes of attachment %d (%s) are missing", att.id,
                    att.storageKey == null ? "attachment_content" : "file " + att.storageKey);
        }
        return bytes;
    }

    /** Deletes the attachment with its bytes; a file goes only once the transaction has committed. */
    public void remove(Attachment att) {
        of(att).remove(att);
    }

    /**
     * The files named by rows the caller deletes in bulk (by SQL) in this transaction, removed once it
     * has committed; the attachment_content rows are the caller's SQL's to delete.
     */
    public void removeFilesAfterCommit(Collection<String> storageKeys) {
        files.deleteAfterCommit(storageKeys);
    }

    private Backend of(Attachment att) {
        return att.storageKey != null ? files : database;
    }
}
