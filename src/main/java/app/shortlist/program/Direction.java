package app.shortlist.program;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** 支持方向: a support direction of a funding call, with its quota and budget (万元). */
@Entity
@Table(name = "direction")
public class Direction extends ProgramPart {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "section_id")
    public Section section;

    public Integer quota;

    @Column(precision = 14, scale = 2)
    public BigDecimal budget;
}
