package app.shortlist.results;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One project on a result list's draft. Changed only through {@link ResultListService}. */
@Entity
@Table(name = "result_row")
public class ResultRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "result_row")
    @SequenceGenerator(name = "result_row", sequenceName = "result_row_SEQ", allocationSize = 50)
    public Long id;

    @Column(name = "list_id", nullable = false)
    public long listId;

    @Column(name = "application_id", nullable = false)
    public long applicationId;

    /** Order in the list (groups are ordered by the group's position, then by this). */
    @Column(nullable = false)
    public int position;

    /** The rank in the source round's ranking; null when added by hand or not scored. */
    @Column(name = "ranking")
    public Integer rank;

    @Column(name = "requested_amount", precision = 14, scale = 2)
    public BigDecimal requestedAmount;

    @Column(name = "proposed_amount", precision = 14, scale = 2)
    public BigDecimal proposedAmount;

    @Column(length = 100)
    public String award;

    @Column(name = "over_budget_reason", length = 1000)
    public String overBudgetReason;

    @Column(name = "added_reason", length = 1000)
    public String addedReason;
}
