package app.shortlist.judging;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An admin moving one application across the cut line (in or out), with the reason. */
@Entity
@Table(name = "advancement_override")
public class AdvancementOverride extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "advancement_override")
    @SequenceGenerator(name = "advancement_override", sequenceName = "advancement_override_SEQ", allocationSize = 50)
    public Long id;

    @Column(name = "round_id", nullable = false)
    public long roundId;

    @Column(name = "application_id", nullable = false)
    public long applicationId;

    /** True: goes on although the rule leaves it out; false: stays although the rule selects it. */
    @Column(nullable = false)
    public boolean selected;

    @Column(nullable = false, length = 1000)
    public String reason;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;
}
