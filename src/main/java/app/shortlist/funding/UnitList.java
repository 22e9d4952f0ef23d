package app.shortlist.funding;

import java.time.Instant;

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

import app.shortlist.program.RecommendingUnit;
import app.shortlist.program.Round;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A unit's recommendation list in one round (unique per round and unit), made on its first change. */
@Entity
@Table(name = "unit_list")
public class UnitList extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_list")
    @SequenceGenerator(name = "unit_list", sequenceName = "unit_list_SEQ", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    public Round round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public RecommendingUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ListState state = ListState.DRAFT;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "returned_at")
    public Instant returnedAt;

    @Column(name = "returned_by")
    public String returnedBy;

    @Column(name = "returned_reason", length = 2000)
    public String returnedReason;

    @Version
    @Column(nullable = false)
    public long version;

    public static UnitList of(long roundId, long unitId) {
        return find("round.id = ?1 and unit.id = ?2", roundId, unitId).firstResult();
    }

    public static ListState stateOf(UnitList list) {
        return list == null ? ListState.DRAFT : list.state;
    }
}
