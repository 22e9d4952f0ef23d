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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** 回避声明: a conflict a judge declared; the assigner never pairs them with a match. */
@Entity
@Table(name = "judge_conflict")
public class JudgeConflict extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "judge_conflict")
    @SequenceGenerator(name = "judge_conflict", sequenceName = "judge_conflict_SEQ", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "judge_id")
    public Judge judge;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ConflictKind kind;

    @Column(name = "conflict_value", nullable = false)
    public String value;

    @Column(length = 1000)
    public String note;

    @Column(name = "declared_at", nullable = false)
    public Instant declaredAt;
}
