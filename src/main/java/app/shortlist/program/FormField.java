package app.shortlist.program;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

import app.shortlist.i18n.Lang;
import app.shortlist.i18n.LocalizedText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One question of a program's own form, asked after the built-in fields. */
@Entity
@Table(name = "form_field")
public class FormField extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "program_part")
    @SequenceGenerator(name = "program_part", sequenceName = "program_part_SEQ", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    public Program program;

    @Column(nullable = false)
    public int position;

    /** Stable key of the answer, e.g. "team_size"; lower case, digits and underscores. */
    @Column(name = "field_key", nullable = false, length = 64)
    public String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public FieldType type;

    /** The form section the field belongs to; the progress indicator counts per section. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "zh", column = @Column(name = "group_zh")),
            @AttributeOverride(name = "en", column = @Column(name = "group_en")) })
    public LocalizedText group;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "zh", column = @Column(name = "label_zh", nullable = false)),
            @AttributeOverride(name = "en", column = @Column(name = "label_en", nullable = false)) })
    public LocalizedText label;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "zh", column = @Column(name = "help_zh", length = 2000)),
            @AttributeOverride(name = "en", column = @Column(name = "help_en", length = 2000)) })
    public LocalizedText help;

    @Column(nullable = false)
    public boolean required;

    /** Choices, one per line: {@code value|中文|English}. */
    @Column(length = 8000)
    public String options;

    @Column(name = "min_value", precision = 20, scale = 4)
    public BigDecimal minValue;

    @Column(name = "max_value", precision = 20, scale = 4)
    public BigDecimal maxValue;

    @Column(name = "max_length")
    public Integer maxLength;

    /** For FILE fields: accepted kinds, comma-separated (PDF,DOCX,XLSX,PPTX,DOC_LEGACY,PNG,JPEG). */
    @Column(name = "allowed_types")
    public String allowedTypes;

    @Column(name = "max_bytes")
    public Long maxBytes;

    public record Choice(String value, LocalizedText label) {
        public String label(Lang lang) {
            return label.in(lang);
        }
    }

    public List<Choice> choices() {
        List<Choice> choices = new ArrayList<>();
        if (options != null) {
            for (String line : options.split("\n")) {
                String[] parts = line.split("\\|", -1);
                if (parts.length >= 1 && !parts[0].isBlank()) {
                    String zh = parts.length > 1 ? parts[1] : parts[0];
                    String en = parts.length > 2 ? parts[2] : zh;
                    choices.add(new Choice(parts[0].trim(), new LocalizedText(zh.trim(), en.trim())));
                }
            }
        }
        return choices;
    }

    public List<String> allowedKinds() {
        return allowedTypes == null || allowedTypes.isBlank() ? List.of("PDF")
                : Arrays.stream(allowedTypes.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public static List<FormField> forProgram(long programId) {
        return list("program.id = ?1 order by position", programId);
    }
}
