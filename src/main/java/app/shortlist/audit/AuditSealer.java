package app.shortlist.audit;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Chains committed audit entries ({@link AuditChain#sealUnchained}) on one thread of its own, so that
 * in an instance only one sealing transaction runs at a time, whatever the number of committing
 * requests, and it holds one pooled connection. A thread whose transaction wrote entries calls
 * {@link #committed} after the commit (AuditTrail's synchronization) and waits until a sealing that
 * began after its commit has finished: every sealing reads the pending entries after it started,
 * so it sees that commit. Requests committing while a sealing runs are served together by the next.
 * Waiting holds no connection (the transaction's was handed back) and is bounded: if the database
 * is slow or gone, the answer goes out anyway (the operation committed) and the sweep, every
 * {@code shortlist.audit.sweep-every}, chains what is left. Not the shared worker pool: its threads
 * are the ones waiting.
 */
@ApplicationScoped
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class);

    /** Longest a committing thread waits for its entries to be chained. */
    static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    AuditChain chain;

    /** 0 turns the sweep off (tests run it by hand). */
    @ConfigProperty(name = "shortlist.audit.sweep-every", defaultValue = "30S")
    Duration sweepEvery;

    private ScheduledExecutorService worker;

    /** Commits announced so far; the last announced commit a finished sealing began after; one queued? */
    private long announced;
    private long served;
    private boolean queued;

    @PostConstruct
    void init() {
        worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "audit-sealer");
            t.setDaemon(true);
            return t;
        });
    }

    /** Chains what an upgraded database or a stopped instance left, then sweeps periodically. */
    void onStart(@Observes StartupEvent start) {
        chain.sealUnchained();
        if (!sweepEvery.isZero()) {
            long ms = sweepEvery.toMillis();
            worker.scheduleWithFixedDelay(this::sweep, ms, ms, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /**
     * Called on the thread whose transaction wrote audit entries, after it committed: returns once they
     * are chained, or a sealing attempt covering them failed, or {@link #WAIT} has passed.
     */
    public void committed() {
        long ticket;
        synchronized (this) {
            ticket = ++announced;
            if (!queued) {
                try {
                    worker.execute(this::drain);
                    queued = true;
                } catch (RejectedExecutionException stopping) {
                    return; // shutting down: the next start chains them
                }
            }
        }
        if (io.vertx.core.Context.isOnEventLoopThread()) {
            return; // never block an event loop; the sealing goes on without us
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        synchronized (this) {
            long left;
            while (served < ticket && (left = deadline - System.nanoTime()) > 0) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (served < ticket) {
                LOG.warnf("Audit entries not chained within %s; the sealer carries on", WAIT);
            }
        }
    }

    /** Seals until every announced commit is served; one sealing serves all announced before it began. */
    private void drain() {
        try {
            while (true) {
                long upTo;
                synchronized (this) {
                    if (served == announced) {
                        queued = false;
                        return;
                    }
                    upTo = announced;
                }
                sweep();
                synchronized (this) {
                    served = upTo;
                    notifyAll();
                }
            }
        } catch (Error e) {
            synchronized (this) {
                queued = false; // the next commit starts a fresh drain
            }
            throw e;
        }
    }

    /** One sealing of everything pending; a failure is logged, the next sealing or sweep retries it. */
    public long sweep() {
        try {
            return chain.sealUnchained();
        } catch (RuntimeException e) {
            LOG.warn("Chaining the audit trail failed; the next sealing or sweep retries", e);
            return 0;
        }
    }
}
