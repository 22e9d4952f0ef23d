package app.shortlist.judging;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** 评审专家: an expert of the pool, known by their Keycloak username. */
@Entity
@Table(name = "judge")
public class Judge extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "judge")
    @SequenceGenerator(name = "judge", sequenceName = "judge_SEQ", allocationSize = 50)
    public Long id;

    @Column(nullable = false, unique = true)
    public String username;

    @Column(nullable = false)
    public String name;

    /** Where reminders go. */
    @Column(length = 254)
    public String email;

    /** The judge's own organisation: never judges its applications. */
    @Column(length = 200)
    public String organisation;

    /** The judge's own recommending unit (by name): never judges applications it recommended. */
    @Column(name = "unit_name", length = 200)
    public String unitName;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    @Column(nullable = false)
    public long version;

    public static Judge findByUsername(String username) {
        return username == null ? null : find("username", username).firstResult();
    }
}
