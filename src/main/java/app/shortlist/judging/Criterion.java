package app.shortlist.judging;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Embedded;
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

import app.shortlist.i18n.LocalizedText;
import app.shortlist.judging.rules.Rubric;
import app.shortlist.program.Round;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** 指标: one weighted criterion of a round's rubric, with bilingual name and guidance. */
@Entity
@Table(name = "rubric_criterion")
public class Criterion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rubric_criterion")
    @SequenceGenerator(name = "rubric_criterion", sequenceName = "rubric_criterion_SEQ", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    public Round round;

    @Column(nullable = false)
    public int position;

    @Column(name = "criterion_key", nullable = false, length = 64)
    public String key;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "zh", column = @Column(name = "name_zh", nullable = false)),
            @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false)) })
    public LocalizedText name;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "zh", column = @Column(name = "guidance_zh", length = 2000)),
            @AttributeOverride(name = "en", column = @Column(name = "guidance_en", length = 2000)) })
    public LocalizedText guidance;

    @Column(name = "min_score", nullable = false, precision = 12, scale = 4)
    public BigDecimal min;

    @Column(name = "max_score", nullable = false, precision = 12, scale = 4)
    public BigDecimal max;

    @Column(nullable = false, precision = 12, scale = 4)
    public BigDecimal step;

    @Column(nullable = false, precision = 12, scale = 4)
    public BigDecimal weight;

    public Rubric.Criterion rule() {
        return new Rubric.Criterion(key, weight, min, max, step);
    }

    /** The round's rubric rows in order; empty when it has none yet. */
    public static List<Criterion> ofRound(long roundId) {
        return list("round.id = ?1 order by position, id", roundId);
    }

    /** The rows as the pure rules see them; null for no rows (a rubric needs at least one criterion). */
    public static Rubric rubric(List<Criterion> criteria) {
        return criteria.isEmpty() ? null : new Rubric(criteria.stream().map(Criterion::rule).toList());
    }
}
