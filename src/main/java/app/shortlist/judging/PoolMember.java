package app.shortlist.judging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import app.shortlist.program.Round;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A judge in a round's pool, optionally limited to some tracks (a panel). */
@Entity
@Table(name = "round_judge")
public class PoolMember extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "round_judge")
    @SequenceGenerator(name = "round_judge", sequenceName = "round_judge_SEQ", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    public Round round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "judge_id")
    public Judge judge;

    /** Track ids this judge judges, comma-separated; null or empty = every track. */
    @Column(length = 2000)
    public String panels;

    /** False once the judge dropped out: the next assignment run moves their open work to others. */
    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "left_reason", length = 1000)
    public String leftReason;

    @Version
    @Column(nullable = false)
    public long version;
}
