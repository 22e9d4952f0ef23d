package app.shortlist.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import app.shortlist.i18n.LocalizedText;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;

/**
 * Long-running work and its progress, kept in the database so that whichever
 * instance serves the progress page can show it. The instance that runs the
 * work updates the row once per committed batch; a live job whose row has not
 * moved for {@link #STALL_AFTER} is taken for abandoned (its instance stopped).
 */
@Entity
@Table(name = "job")
public class Job extends PanacheEntity {

    public static final Duration STALL_AFTER = Duration.ofMinutes(5);

    /** What the job does, e.g. demo-hangzhou. */
    @Column(nullable = false, length = 32)
    public String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public JobStatus status = JobStatus.QUEUED;

    /** Units of work committed so far (rows written), out of {@link #total}. */
    @Column(nullable = false)
    public int done;

    @Column(nullable = false)
    public int total;

    /** The result when done, or what went wrong; in both languages. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "zh", column = @Column(name = "message_zh", length = 2000)),
            @AttributeOverride(name = "en", column = @Column(name = "message_en", length = 2000)) })
    public LocalizedText message;

    /** The program the job made or works on. */
    @Column(name = "program_id")
    public Long programId;

    /** Unique while held: the same work cannot run twice, nor run again while its result exists. */
    @Column(name = "exclusive_key", length = 64, unique = true)
    public String exclusiveKey;

    @Column(name = "started_by", nullable = false)
    public String startedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    /** Moves with every change: the heartbeat by which an abandoned job is recognised. */
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Version
    public long version;

    public int percent() {
        return total <= 0 ? (status == JobStatus.DONE ? 100 : 0) : (int) Math.min(100, (long) done * 100 / total);
    }

    /** Live, but nothing has happened for {@link #STALL_AFTER}: the instance running it has most likely stopped. */
    public boolean isStalledAt(Instant now) {
        return status.isLive() && updatedAt.plus(STALL_AFTER).isBefore(now);
    }

    public static Job holding(String exclusiveKey) {
        return find("exclusiveKey", exclusiveKey).firstResult();
    }

    public static List<Job> recent(int limit) {
        return findAll(Sort.descending("createdAt").and("id", Sort.Direction.Descending)).page(0, limit).list();
    }
}
