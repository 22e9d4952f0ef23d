package app.shortlist.screening;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import app.shortlist.program.ProgramPart;

/** A reason a screener may give for a rejection; the admin keeps the list. */
@Entity
@Table(name = "reject_reason")
public class RejectReason extends ProgramPart {
}
