package app.shortlist.application;

import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Lets at most {@code shortlist.applicant-writes.concurrency} applicant writes run at once in this
 * instance, and when more arrive starts the waiting ones in the order that finishes applications:
 * submissions first, then uploads, then saves, then new drafts (FIFO within each).
 *
 * <p>Why: at a deadline more applicants write than the machine can serve at once. Left to the
 * worker pool, every request shares the CPU with every other (first come, first served at best),
 * so a submission waits behind hundreds of new drafts and every call slows alike. Work already
 * started is what the deadline is about; finishing it first gives the same throughput with short
 * waits where they matter, and the backlog waits where it costs least — before a draft exists. A
 * waiting request holds no worker thread (its connection is paused on the event loop, the body
 * unread) and none of the database pool; one whose client gave up is dropped when its turn comes.
 * Reads and staff work are never held. The default matches the connection pool: more writes at
 * once would only queue there. 0 turns the gate off.
 */
@ApplicationScoped
public class WriteGate {

    private static final Logger LOG = Logger.getLogger(WriteGate.class);

    /** The applicant writes (API and pages), in the order a freed permit serves them. */
    enum Stage {
        SUBMIT("POST /api/v1/applications/\\d+/submit"),
        UPLOAD("POST (/api/v1)?/applications/\\d+/attachments"),
        SAVE("PUT /api/v1/applications/\\d+|POST /applications/\\d+/edit"), // the page submits from its form too
        START("POST (/api/v1)?/programs/\\d+/applications");

        private final Pattern request;

        Stage(String request) {
            this.request = Pattern.compile(request);
        }

        /** The stage of a request, or null when the gate lets it by. Pure. */
        static Stage of(String method, String path) {
            String request = method + " " + path;
            for (Stage s : values()) {
                if (s.request.matcher(request).matches()) {
                    return s;
                }
            }
            return null;
        }
    }

    @ConfigProperty(name = "shortlist.applicant-writes.concurrency")
    int concurrency;

    private volatile PriorityGate gate;
    private final AtomicLong entered = new AtomicLong();

    void install(@Observes Router router) {
        if (concurrency <= 0) {
            LOG.info("The applicant write gate is off (shortlist.applicant-writes.concurrency=0)");
            return;
        }
        gate = new PriorityGate(concurrency);
        // Before authentication: a waiting request has cost nothing yet, its token is checked when it runs.
        router.route().order(Integer.MIN_VALUE + 2).handler(this::handle);
    }

    private void handle(RoutingContext rc) {
        Stage stage = Stage.of(rc.request().method().name(), rc.normalizedPath());
        if (stage == null) {
            rc.next();
            return;
        }
        entered.incrementAndGet();
        Context context = Vertx.currentContext();
        gate.enter(stage.ordinal(), () -> context.runOnContext(v -> run(rc)));
    }

    private void run(RoutingContext rc) {
        if (rc.response().closed() || rc.response().ended()) {
            gate.leave(); // the client gave up while it waited
            return;
        }
        rc.addEndHandler(done -> gate.leave());
        rc.next();
    }

    /** Writes running now and waiting now (for tests and the curious); zeros when the gate is off. */
    int[] load() {
        PriorityGate g = gate;
        return g == null ? new int[] { 0, 0 } : new int[] { g.holding(), g.waiting() };
    }

    /** Writes that have come to the gate since start. */
    long entered() {
        return entered.get();
    }
}
