package app.shortlist.judging;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import app.shortlist.judging.rules.Aggregation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A round's confirmed ranking, frozen at confirmation; one per round, never rewritten. */
@Entity
@Table(name = "ranking_snapshot")
public class RankingSnapshot extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ranking_snapshot")
    @SequenceGenerator(name = "ranking_snapshot", sequenceName = "ranking_snapshot_SEQ", allocationSize = 50)
    public Long id;

    @Column(name = "round_id", nullable = false, unique = true)
    public long roundId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Aggregation aggregation;

    @Column(name = "tie_breaks", length = 1000)
    public String tieBreaks;

    /** The advancement rule as it stood, in words (e.g. "TOP_N 15 per track"). */
    @Column(name = "rule_text", nullable = false, length = 1000)
    public String ruleText;

    @Column(name = "confirmed_by", nullable = false)
    public String confirmedBy;

    @Column(name = "confirmed_at", nullable = false)
    public Instant confirmedAt;
}
