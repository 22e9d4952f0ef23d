package app.shortlist.funding;

import java.time.Instant;
import java.util.Optional;

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

import app.shortlist.program.Program;
import app.shortlist.program.RecommendingUnit;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A recommender (Keycloak username) bound by the admin to one recommending unit of a program. */
@Entity
@Table(name = "unit_member")
public class UnitMember extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_member")
    @SequenceGenerator(name = "unit_member", sequenceName = "unit_member_SEQ", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    public Program program;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public RecommendingUnit unit;

    @Column(nullable = false)
    public String username;

    /** Where the province's messages to the unit go; optional. */
    @Column(length = 254)
    public String email;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** The unit the person acts for in the program, if bound. */
    public static Optional<UnitMember> of(long programId, String username) {
        return find("program.id = ?1 and username = ?2", programId, username).firstResultOptional();
    }

    /** Whether the person acts for the unit. */
    public static boolean binds(long unitId, String username) {
        return username != null && count("unit.id = ?1 and username = ?2", unitId, username) > 0;
    }
}
