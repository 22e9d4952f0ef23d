package app.shortlist.judging;

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

import app.shortlist.application.Application;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.program.Round;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** 评审分配: one judge × one application × one round (unique). */
@Entity
@Table(name = "assignment")
public class Assignment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment")
    @SequenceGenerator(name = "assignment", sequenceName = "assignment_SEQ", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    public Round round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id")
    public RoundEntry entry;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public Application application;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "judge_id")
    public Judge judge;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public AssignmentState state = AssignmentState.ACTIVE;

    /** Made by an admin's hand rather than by the assigner. */
    @Column(nullable = false)
    public boolean manual;

    @Column(name = "recusal_reason", length = 1000)
    public String recusalReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    @Column(nullable = false)
    public long version;
}
