package app.shortlist.application;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Deletes orphaned attachment files ({@link FileAttachmentStore#sweep}) and spooled uploads a crash left
 * ({@link SpooledUpload#sweep}) at start-up and then every
 * {@code shortlist.attachments.sweep-every}, in the background. Only files older than
 * {@code shortlist.attachments.orphan-grace} go: far longer than any transaction may run, so a file
 * whose row has not committed yet is never taken for an orphan. Several instances sweeping the same
 * folder do no harm: each deletes only what no row names.
 */
@ApplicationScoped
class AttachmentSweep {

    private static final Logger LOG = Logger.getLogger(AttachmentSweep.class);

    @Inject
    FileAttachmentStore files;

    @Inject
    AttachmentStore store;

    @ConfigProperty(name = "shortlist.attachments.sweep.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "shortlist.attachments.sweep-every", defaultValue = "6H")
    Duration every;

    @ConfigProperty(name = "shortlist.attachments.orphan-grace", defaultValue = "24H")
    Duration grace;

    private ScheduledExecutorService timer;

    void onStart(@Observes StartupEvent start) {
        if (!enabled) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "attachment-sweep");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::sweep, 0, every.toSeconds(), TimeUnit.SECONDS);
    }

    void onStop(@Observes ShutdownEvent stop) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void sweep() {
        try {
            int spooled = SpooledUpload.sweep(store.spool(), Instant.now().minus(grace));
            if (spooled > 0) {
                LOG.infof("Attachment sweep: %d spooled upload(s) older than %s deleted from %s", spooled, grace, store.spool());
            }
        } catch (RuntimeException e) {
            LOG.warn("Sweeping the upload spool failed", e);
        }
        if (!Files.isDirectory(files.root())) {
            return; // no file was ever stored here
        }
        try {
            int n = files.sweep(Instant.now().minus(grace));
            LOG.infof("Attachment sweep: %d orphaned file(s) older than %s deleted from %s", n, grace, files.root());
        } catch (RuntimeException e) { // the next run tries again
            LOG.warn("The attachment sweep failed", e);
        }
    }
}
