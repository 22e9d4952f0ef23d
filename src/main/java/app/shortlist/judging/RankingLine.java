package app.shortlist.judging;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One application's line in a frozen ranking. */
@Entity
@Table(name = "ranking_line")
public class RankingLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ranking_line")
    @SequenceGenerator(name = "ranking_line", sequenceName = "ranking_line_SEQ", allocationSize = 50)
    public Long id;

    @Column(name = "snapshot_id", nullable = false)
    public long snapshotId;

    /** 0-based order in the ranking. */
    @Column(nullable = false)
    public int position;

    @Column(name = "application_id", nullable = false)
    public long applicationId;

    @Column(name = "track_id")
    public Long trackId;

    /** Null for an entry that no valid scorecard scored (listed last, never proposed). */
    @Column(precision = 12, scale = 4)
    public BigDecimal score;

    @Column(name = "scores_counted", nullable = false)
    public int scoresCounted;

    @Column(nullable = false)
    public int scorecards;

    /** Null when not scored. */
    @Column(name = "ranking")
    public Integer rank;

    @Column(name = "tie_broken_by", length = 100)
    public String tieBrokenBy;

    /** Judge ids, comma-separated. */
    @Column(name = "outlier_judges", length = 1000)
    public String outlierJudges;

    /** The rule proposed it. */
    @Column(nullable = false)
    public boolean proposed;

    /** It went on (the rule's proposal after the admin's overrides). */
    @Column(nullable = false)
    public boolean selected;

    @Column(name = "override_reason", length = 1000)
    public String overrideReason;
}
