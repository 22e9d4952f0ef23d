package app.shortlist.program;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import app.shortlist.judging.rules.Aggregation;

/** 轮次: one stage of a program, in order (资格初审, 海选, 复赛, 决赛, 推荐, 公示 …). */
@Entity
@Table(name = "program_round")
public class Round extends ProgramPart {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public RoundKind kind;

    @Column(name = "starts_at")
    public Instant startsAt;

    /** For a scoring round, the close time: no scorecard changes after it (except one an admin reopens). */
    @Column(name = "ends_at")
    public Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public RoundState state = RoundState.PENDING;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** Why an admin closed the round while entries still waited; null for an ordinary close. */
    @Column(name = "closed_reason", length = 2000)
    public String closedReason;

    // ---- scoring rounds

    /** k: judges per application. */
    @Column(name = "judges_per_entry", nullable = false)
    public int judgesPerEntry = 5;

    /** Judges never see who applied: names, organisations, identifying attachment metadata. */
    @Column(nullable = false)
    public boolean blind;

    /** Scored on site during the pitch; the leaderboard follows the scorecards as they arrive. */
    @Column(nullable = false)
    public boolean live;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Aggregation aggregation = Aggregation.TRIMMED_MEAN;

    /** In order, comma-separated: {@code criterion:<key>}, {@code MORE_TOP_SCORES}, {@code APPLICATION_ID}. */
    @Column(name = "tie_breaks", length = 1000)
    public String tieBreaks;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_kind", nullable = false, length = 16)
    public RuleKind ruleKind = RuleKind.MANUAL;

    @Column(name = "rule_n")
    public Integer ruleN;

    @Column(name = "rule_threshold", precision = 12, scale = 4)
    public BigDecimal ruleThreshold;

    /** Apply the rule within each track rather than over the whole round. */
    @Column(name = "rule_per_track", nullable = false)
    public boolean rulePerTrack;

    @Version
    @Column(nullable = false)
    public long version;

    public boolean isScoring() {
        return kind == RoundKind.SCORING;
    }

    public boolean isScreening() {
        return kind == RoundKind.SCREENING;
    }
}
