package app.shortlist.screening;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import app.shortlist.program.ProgramPart;

/** 资格审查要点: one line of the program's eligibility checklist, ticked by the screener. */
@Entity
@Table(name = "checklist_item")
public class ChecklistItem extends ProgramPart {
}
