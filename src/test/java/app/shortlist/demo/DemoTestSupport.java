package app.shortlist.demo;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import app.shortlist.program.Program;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Waiting for jobs, and wiping what the demo tests make (TestData.wipe() does not know the job table). */
final class DemoTestSupport {

    static final Duration TIMEOUT = Duration.ofMinutes(3);

    private DemoTestSupport() {
    }

    /** Polls the job row until it is DONE or FAILED; fails the test after {@link #TIMEOUT}. */
    static Job awaitEnd(long jobId) {
        Instant until = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(until)) {
            Job job = QuarkusTransaction.requiringNew().call(() -> Job.findById(jobId));
            if (job == null) {
                fail("job " + jobId + " does not exist");
            }
            if (!job.status.isLive()) {
                return job;
            }
            sleep(100);
        }
        return fail("job " + jobId + " did not finish within " + TIMEOUT);
    }

    static Job awaitDone(long jobId) {
        Job job = awaitEnd(jobId);
        if (job.status != JobStatus.DONE) {
            fail("job " + jobId + " ended " + job.status + ": " + (job.message == null ? "" : job.message.en));
        }
        return job;
    }

    /** Lets running jobs end (bounded), then removes jobs and everything else. */
    static void wipe() {
        Instant until = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(until) && QuarkusTransaction.requiringNew()
                .call(() -> Job.count("status in ?1", List.of(JobStatus.QUEUED, JobStatus.RUNNING))) > 0) {
            sleep(100);
        }
        QuarkusTransaction.requiringNew().run(() -> Job.getEntityManager().createNativeQuery("DELETE FROM job")
                .executeUpdate());
        TestData.wipe();
    }

    static long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = Program.getEntityManager().createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = Program.getEntityManager().createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return (List<Object[]>) q.getResultList();
        });
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
