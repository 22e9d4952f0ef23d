package app.shortlist.judging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Convert;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * 评分表: one judge's scores for one assignment. Unique per assignment and per judge × application ×
 * round, so concurrent first saves cannot make two.
 */
@Entity
@Table(name = "scorecard")
public class Scorecard extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scorecard")
    @SequenceGenerator(name = "scorecard", sequenceName = "scorecard_SEQ", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    public Assignment assignment;

    @Column(name = "round_id", nullable = false)
    public long roundId;

    @Column(name = "application_id", nullable = false)
    public long applicationId;

    @Column(name = "judge_id", nullable = false)
    public long judgeId;

    @Convert(converter = ScoresConverter.class)
    @Column(nullable = false, length = 4000)
    public Map<String, BigDecimal> scores = new LinkedHashMap<>();

    @Column(name = "score_comment", length = 4000)
    public String comment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ScorecardStatus status = ScorecardStatus.DRAFT;

    @Column(name = "saved_at", nullable = false)
    public Instant savedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** Why an admin last reopened it after submission; null when never reopened. */
    @Column(name = "reopened_reason", length = 1000)
    public String reopenedReason;

    @Version
    @Column(nullable = false)
    public long version;
}
