package app.shortlist.program;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import app.shortlist.i18n.LocalizedText;

/** 推荐单位: a district bureau or similar body that recommends applications, within its quota. */
@Entity
@Table(name = "recommending_unit")
public class RecommendingUnit extends ProgramPart {

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "zh", column = @Column(name = "city_zh")),
            @AttributeOverride(name = "en", column = @Column(name = "city_en")) })
    public LocalizedText city;

    public Integer quota;
}
