package app.shortlist.results;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One publication of a result list: numbered 1, 2, …, never edited; a correction is the next number. */
@Entity
@Table(name = "result_list_version")
public class ResultListVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "result_list_version")
    @SequenceGenerator(name = "result_list_version", sequenceName = "result_list_version_SEQ", allocationSize = 50)
    public Long id;

    @Column(name = "list_id", nullable = false, updatable = false)
    public long listId;

    @Column(nullable = false, updatable = false)
    public int number;

    @Column(name = "published_at", nullable = false, updatable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false)
    public String publishedBy;

    @Column(name = "notice_starts_at", updatable = false)
    public Instant noticeStartsAt;

    @Column(name = "notice_ends_at", updatable = false)
    public Instant noticeEndsAt;

    /** What changed and why (every version after the first); the dropped projects are listed too. */
    @Column(name = "change_note", length = 2000, updatable = false)
    public String changeNote;

    @Column(name = "final_version", nullable = false, updatable = false)
    public boolean finalVersion;

    public boolean hasNotice() {
        return noticeStartsAt != null && noticeEndsAt != null;
    }

    /** Objections are taken from the start to the end of the notice period, both inclusive. */
    public boolean noticeOpenAt(Instant now) {
        return hasNotice() && !now.isBefore(noticeStartsAt) && !now.isAfter(noticeEndsAt);
    }

    public static ResultListVersion latest(long listId) {
        return find("listId = ?1 order by number desc", listId).firstResult();
    }
}
