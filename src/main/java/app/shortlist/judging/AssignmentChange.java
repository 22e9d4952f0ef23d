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

import app.shortlist.judging.rules.Assigner;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An admin's manual addition or removal, with its reason; every assignment run honours it. */
@Entity
@Table(name = "assignment_change")
public class AssignmentChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_change")
    @SequenceGenerator(name = "assignment_change", sequenceName = "assignment_change_SEQ", allocationSize = 50)
    public Long id;

    @Column(name = "round_id", nullable = false)
    public long roundId;

    @Column(name = "application_id", nullable = false)
    public long applicationId;

    @Column(name = "judge_id", nullable = false)
    public long judgeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Assigner.ManualChange.Action action;

    @Column(nullable = false, length = 1000)
    public String reason;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
