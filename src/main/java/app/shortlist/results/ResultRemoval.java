package app.shortlist.results;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A project taken off a list's draft, with the reason; the next published version names it as dropped. */
@Entity
@Table(name = "result_removal")
public class ResultRemoval extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "result_removal")
    @SequenceGenerator(name = "result_removal", sequenceName = "result_removal_SEQ", allocationSize = 50)
    public Long id;

    @Column(name = "list_id", nullable = false)
    public long listId;

    @Column(name = "application_id", nullable = false)
    public long applicationId;

    @Column(name = "project_name", length = 200)
    public String projectName;

    @Column(nullable = false, length = 1000)
    public String reason;

    @Column(name = "removed_by", nullable = false)
    public String removedBy;

    @Column(name = "removed_at", nullable = false)
    public Instant removedAt;

    /** The version that first left it out; null until the next publication. */
    @Column(name = "version_number")
    public Integer versionNumber;
}
