package app.shortlist.program;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** 专场: an optional grouping of a contest's tracks (留学人员专场). */
@Entity
@Table(name = "division")
public class Division extends ProgramPart {
}
