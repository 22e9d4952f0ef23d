package app.shortlist.application;

import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Attachment bytes as files, so the database commits only the small row. The guarantees are the
 * database's own, by ordering:
 * <ul>
 * <li>The file is written under a temporary name, fsynced, renamed atomically to a random key and its
 * directory fsynced, all <em>before</em> the row naming it commits: a committed row never names a
 * missing or half-written file, whenever the process dies.</li>
 * <li>A crash (or a lost rollback) after the file and before the commit leaves a file no row names: an
 * orphan. Nothing serves it (downloads go through rows) and {@link #sweep} deletes it once it is older
 * than any transaction can be.</li>
 * <li>A replaced or deleted attachment's file is deleted only after the deleting transaction has
 * committed (a rollback keeps it, still named by its row); a crash in between leaves an orphan.</li>
 * </ul>
 * Files are {@code <dir>/<first two hex digits>/<32 hex digits>}, 256 directories of modest size.
 */
@ApplicationScoped
class FileAttachmentStore implements AttachmentStore.Backend {

    private static final Logger LOG = Logger.getLogger(FileAttachmentStore.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");
    static final String TEMP = ".tmp";
    /** Keys looked up per query by the sweep. */
    private static final int SWEEP_BATCH = 500;

    @ConfigProperty(name = "shortlist.attachments.dir")
    String folder;

    @Inject
    TransactionSynchronizationRegistry transactions;

    Path root() {
        return Path.of(folder);
    }

    @Override
    public void save(Attachment att, Upload upload) {
        String key = write(upload);
        afterCompletion(status -> {
            if (status == Status.STATUS_ROLLEDBACK) { // unknown outcomes are left to the sweep
                delete(key);
            }
        });
        att.storageKey = key;
        att.persist();
    }

    @Override
    public byte[] read(Attachment att) {
        try {
            return Files.readAllBytes(path(att.storageKey));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("reading attachment " + att.id, e);
        }
    }

    @Override
    public void remove(Attachment att) {
        att.delete();
        deleteAfterCommit(List.of(att.storageKey));
    }

    void deleteAfterCommit(Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        List<String> copy = List.copyOf(keys);
        afterCompletion(status -> {
            if (status == Status.STATUS_COMMITTED) {
                copy.forEach(this::delete);
            }
        });
    }

    /** Writes the bytes durably under a new key and returns it; the caller's row makes the file count. */
    String write(Upload upload) {
        String key = newKey();
        Path dir = directory(key);
        Path temp = dir.resolve(key + TEMP);
        try {
            try (FileChannel out = FileChannel.open(temp, CREATE_NEW, WRITE);
                    InputStream in = upload.open()) {
                in.transferTo(Channels.newOutputStream(out));
                out.force(true);
            }
            Files.move(temp, dir.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            fsync(dir); // the rename itself survives a crash
            return key;
        } catch (IOException e) {
            delete(temp);
            throw new UncheckedIOException("storing an attachment under " + dir, e);
        }
    }

    Path path(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a storage key: " + key);
        }
        return root().resolve(key.substring(0, 2)).resolve(key);
    }

    /**
     * Deletes the files (and leftover temporary files) last modified before {@code cutoff} that no
     * attachment row names. Files of another name are never touched. Returns how many went.
     */
    int sweep(Instant cutoff) {
        if (!Files.isDirectory(root())) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> shards = Files.newDirectoryStream(root(), p -> Files.isDirectory(p)
                && p.getFileName().toString().matches("[0-9a-f]{2}"))) {
            for (Path shard : shards) {
                List<String> candidates = new ArrayList<>();
                try (DirectoryStream<Path> files = Files.newDirectoryStream(shard)) {
                    for (Path f : files) {
                        String name = f.getFileName().toString();
                        boolean temp = name.endsWith(TEMP) && KEY.matcher(name.substring(0, name.length() - TEMP.length())).matches();
                        if ((temp || KEY.matcher(name).matches()) && modifiedBefore(f, cutoff)) {
                            if (temp) {
                                deleted += delete(f) ? 1 : 0;
                            } else {
                                candidates.add(name);
                            }
                        }
                    }
                }
                for (int i = 0; i < candidates.size(); i += SWEEP_BATCH) {
                    List<String> batch = candidates.subList(i, Math.min(candidates.size(), i + SWEEP_BATCH));
                    Set<String> named = referenced(batch);
                    for (String key : batch) {
                        if (!named.contains(key) && delete(path(key))) {
                            deleted++;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("sweeping " + root(), e);
        }
        return deleted;
    }

    private static boolean modifiedBefore(Path file, Instant cutoff) throws IOException {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
        } catch (NoSuchFileException e) { // deleted meanwhile (a rollback, a commit's clean-up)
            return false;
        }
    }

    private static Set<String> referenced(List<String> keys) {
        return QuarkusTransaction.requiringNew().call(() -> new HashSet<>(Attachment.getEntityManager()
                .createQuery("select a.storageKey from Attachment a where a.storageKey in :keys", String.class)
                .setParameter("keys", keys).getResultList()));
    }

    private void afterCompletion(IntConsumer action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                action.accept(status);
            }
        });
    }

    private void delete(String key) {
        delete(path(key));
    }

    private static boolean delete(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf(e, "Could not delete %s; the orphan sweep will try again", file);
            return false;
        }
    }

    /** The key's directory, created (and made durable in its parent) the first time. */
    private Path directory(String key) {
        Path dir = root().resolve(key.substring(0, 2));
        if (!Files.isDirectory(dir)) {
            try {
                if (!Files.isDirectory(root())) {
                    Files.createDirectories(root());
                    Path parent = root().toAbsolutePath().getParent();
                    if (parent != null) {
                        fsync(parent);
                    }
                }
                Files.createDirectories(dir);
                fsync(root());
            } catch (IOException e) {
                throw new UncheckedIOException("creating " + dir, e);
            }
        }
        return dir;
    }

    private static void fsync(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (!System.getProperty("os.name", "").startsWith("Windows")) { // Windows cannot open a directory
                throw e;
            }
        }
    }

    private static String newKey() {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
