package app.shortlist.program;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** 板块: a funding call's grouping of support directions. */
@Entity
@Table(name = "section")
public class Section extends ProgramPart {
}
