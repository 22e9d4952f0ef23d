package app.shortlist.results;

import java.math.BigDecimal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import app.shortlist.i18n.LocalizedText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A published line, copied at publication: names and amounts as they were then, never updated. */
@Entity
@Immutable
@Table(name = "result_list_entry")
public class ResultListEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "result_list_entry")
    @SequenceGenerator(name = "result_list_entry", sequenceName = "result_list_entry_SEQ", allocationSize = 50)
    public Long id;

    @Column(name = "version_id", nullable = false)
    public long versionId;

    @Column(nullable = false)
    public int position;

    @Column(name = "application_id", nullable = false)
    public long applicationId;

    @Column(length = 40)
    public String reference;

    @Column(name = "project_name", length = 200)
    public String projectName;

    @Column(length = 200)
    public String organisation;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "zh", column = @Column(name = "unit_zh")),
            @AttributeOverride(name = "en", column = @Column(name = "unit_en")) })
    public LocalizedText unit;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "zh", column = @Column(name = "group_zh")),
            @AttributeOverride(name = "en", column = @Column(name = "group_en")) })
    public LocalizedText group;

    @Column(name = "ranking")
    public Integer rank;

    @Column(name = "requested_amount", precision = 14, scale = 2)
    public BigDecimal requestedAmount;

    @Column(name = "proposed_amount", precision = 14, scale = 2)
    public BigDecimal proposedAmount;

    @Column(length = 100)
    public String award;
}
