package app.shortlist.funding;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import app.shortlist.pipeline.RoundEntry;
import app.shortlist.program.RecommendingUnit;
import app.shortlist.program.Round;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The recommender's word on one round entry: an opinion, and its place in the unit's priority order
 * while recommended. The entry itself stays WAITING until the province confirms the round.
 */
@Entity
@Table(name = "recommendation")
public class Recommendation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recommendation")
    @SequenceGenerator(name = "recommendation", sequenceName = "recommendation_SEQ", allocationSize = 50)
    public Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id")
    public RoundEntry entry;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    public Round round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public RecommendingUnit unit;

    @Column(length = 2000)
    public String opinion;

    /** 1 = first in the unit's order; null = not recommended. Gaps are closed on every change. */
    public Integer priority;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    public static Recommendation of(long entryId) {
        return find("entry.id = ?1", entryId).firstResult();
    }
}
