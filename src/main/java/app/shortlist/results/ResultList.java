package app.shortlist.results;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import app.shortlist.i18n.LocalizedText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * 拟支持项目名单 / 获奖名单: a list drafted from a round's ranking and published as numbered versions.
 * The draft rows are {@link ResultRow}; what was published is {@link ResultListVersion}.
 */
@Entity
@Table(name = "result_list")
public class ResultList extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "result_list")
    @SequenceGenerator(name = "result_list", sequenceName = "result_list_SEQ", allocationSize = 50)
    public Long id;

    @Column(name = "program_id", nullable = false)
    public long programId;

    /** The round whose ranking it was drafted from (null for a list put together by hand). */
    @Column(name = "round_id")
    public Long roundId;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "zh", column = @Column(name = "title_zh", nullable = false)),
            @AttributeOverride(name = "en", column = @Column(name = "title_en", nullable = false)) })
    public LocalizedText title;

    @Enumerated(EnumType.STRING)
    @Column(name = "grouping_by", nullable = false, length = 16)
    public Grouping grouping;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Moves on every change to the draft or a publication: the list's row is the lock for its budget. */
    @Version
    public long version;
}
