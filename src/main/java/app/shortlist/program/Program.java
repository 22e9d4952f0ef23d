package app.shortlist.program;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import app.shortlist.i18n.LocalizedText;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;

/** One edition of a contest or one batch of a funding call. */
@Entity
@Table(name = "program")
public class Program extends PanacheEntity {

    /** Short code used in reference numbers, e.g. HZ2024. */
    @Column(nullable = false, unique = true, length = 32)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ProgramKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ProgramStatus status = ProgramStatus.DRAFT;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "zh", column = @Column(name = "name_zh", nullable = false)),
            @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false)) })
    public LocalizedText name;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "zh", column = @Column(name = "organiser_zh")),
            @AttributeOverride(name = "en", column = @Column(name = "organiser_en")) })
    public LocalizedText organiser;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "zh", column = @Column(name = "description_zh", length = 20000)),
            @AttributeOverride(name = "en", column = @Column(name = "description_en", length = 20000)) })
    public LocalizedText description;

    /** Whether one applicant account may hold several applications in this program. */
    @Column(name = "allow_multiple", nullable = false)
    public boolean allowMultiple;

    /** Whether applicants are enterprises, asked for their unified social credit code. */
    @Column(name = "asks_enterprise", nullable = false)
    public boolean asksEnterprise;

    /**
     * Whether applicants see their own result of each confirmed scoring round: aggregate score, rank,
     * per-criterion averages and the judges' comments, never who the judges were.
     */
    @Column(name = "applicants_see_scores", nullable = false)
    public boolean applicantsSeeScores;

    /** Last reference number handed out; incremented under a row lock at submission. */
    @Column(name = "reference_counter", nullable = false, updatable = false)
    public int referenceCounter;

    @Column(name = "opens_at")
    public Instant opensAt;

    @Column(name = "submission_deadline")
    public Instant submissionDeadline;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @Version
    public long version;

    public boolean isCompetition() {
        return kind == ProgramKind.COMPETITION;
    }

    /** Open for submissions at this instant (status open, past opening, before the deadline). */
    public boolean acceptsSubmissionsAt(Instant now) {
        return status == ProgramStatus.OPEN && (opensAt == null || !now.isBefore(opensAt))
                && (submissionDeadline == null || now.isBefore(submissionDeadline));
    }

    /** The program, or "not found" for the caller (pages and API alike). */
    public static Program require(long id) {
        Program p = findById(id);
        if (p == null) {
            throw new app.shortlist.web.DomainException(app.shortlist.web.CommonFailure.NOT_FOUND);
        }
        return p;
    }

    /** Programs anyone may see, newest deadline first. */
    public static List<Program> listPublic() {
        return list("status <> ?1", Sort.descending("submissionDeadline").and("id"), ProgramStatus.DRAFT);
    }
}
