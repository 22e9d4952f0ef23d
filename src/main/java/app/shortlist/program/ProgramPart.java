package app.shortlist.program;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

import app.shortlist.i18n.LocalizedText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What divisions, tracks, sections, directions, units and rounds share: they
 * belong to one program, sit at a position in it, and have a bilingual name.
 */
@MappedSuperclass
public abstract class ProgramPart extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "program_part")
    @SequenceGenerator(name = "program_part", sequenceName = "program_part_SEQ", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    public Program program;

    @Column(nullable = false)
    public int position;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "zh", column = @Column(name = "name_zh", nullable = false)),
            @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false)) })
    public LocalizedText name;
}
