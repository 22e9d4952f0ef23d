package app.shortlist.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;

import app.shortlist.application.AnswersConverter;
import app.shortlist.application.Application;
import app.shortlist.application.MatchKey;
import app.shortlist.application.Attachment;
import app.shortlist.application.AttachmentStore;
import app.shortlist.application.FileTypes;
import app.shortlist.application.Upload;
import app.shortlist.pipeline.Pipeline;
import app.shortlist.program.Direction;
import app.shortlist.program.Program;
import app.shortlist.program.RecommendingUnit;
import app.shortlist.program.Track;
import app.shortlist.web.TableWrites;
import io.agroal.api.AgroalDataSource;

/**
 * Writes generated applications inside the caller's transaction: through the
 * entities for the reference programs (with their attachments), or with plain
 * JDBC batches for the synthetic set. Also removes a failed run's rows.
 */
@ApplicationScoped
class DemoWriter {

    private static final String INSERT = "INSERT INTO application (id, program_id, applicant_id, applicant_name, "
            + "applicant_lang, applicant_email, reference, status, project_name, organisation, contact_name, phone, "
            + "email, track_id, direction_id, unit_id, uscc, country_region, requested_amount, answers, "
            + "correction_until, correction_message, created_at, updated_at, submitted_at, organisation_key, uscc_key, "
            + "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

    private static final AnswersConverter ANSWERS = new AnswersConverter();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Pipeline pipeline;

    @Inject
    AttachmentStore attachments;

    @Inject
    TableWrites tableWrites;

    /** The rows as entities, each with its attachments. */
    @Transactional(Transactional.TxType.MANDATORY)
    void persist(long programId, List<DemoApplication> rows) {
        EntityManager em = Application.getEntityManager();
        Program program = em.getReference(Program.class, programId);
        for (DemoApplication d : rows) {
            Application a = new Application();
            a.program = program;
            a.applicantId = d.applicantId();
            a.applicantName = d.applicantId();
            a.applicantLang = d.applicantLang();
            a.applicantEmail = d.email();
            a.reference = d.reference();
            a.status = d.status();
            a.projectName = d.projectName();
            a.organisation = d.organisation();
            a.contactName = d.contactName();
            a.phone = d.phone();
            a.email = d.email();
            a.track = d.trackId() == null ? null : em.getReference(Track.class, d.trackId());
            a.direction = d.directionId() == null ? null : em.getReference(Direction.class, d.directionId());
            a.unit = d.unitId() == null ? null : em.getReference(RecommendingUnit.class, d.unitId());
            a.uscc = d.uscc();
            a.countryRegion = d.countryRegion();
            a.requestedAmount = d.requestedAmount();
            a.answers = new LinkedHashMap<>(d.answers());
            a.correctionMessage = d.correctionMessage();
            a.correctionUntil = d.correctionUntil();
            a.createdAt = d.createdAt();
            a.updatedAt = d.updatedAt();
            a.submittedAt = d.submittedAt();
            a.persist();
            for (DemoApplication.DemoFile f : d.files()) {
                Attachment att = new Attachment();
                att.application = a;
                att.fieldKey = f.fieldKey();
                att.fileName = f.fileName();
                Upload upload = Upload.of(f.content());
                att.contentType = FileTypes.detect(upload).kind().contentType(f.fileName());
                att.sizeBytes = upload.size();
                att.sha256 = upload.sha256();
                att.uploadedAt = f.uploadedAt();
                att.uploadedBy = d.applicantId();
                attachments.save(att, upload);
            }
        }
        em.flush();
        pipeline.enterAll(programId);
        em.flush();
        em.clear();
    }

    /**
     * The rows in one JDBC batch, without attachments. Ids come from Hibernate's
     * own generator for Application, so they share its sequence and its block
     * arithmetic (whatever optimizer is configured) with every other insert, on
     * any database and any number of instances.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void insert(long programId, List<DemoApplication> rows) {
        SharedSessionContractImplementor session = Application.getEntityManager()
                .unwrap(SharedSessionContractImplementor.class);
        BeforeExecutionGenerator ids = (BeforeExecutionGenerator) session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(Application.class).getGenerator();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (DemoApplication d : rows) {
                long id = ((Number) ids.generate(session, null, null, EventType.INSERT)).longValue();
                int i = 0;
                ps.setLong(++i, id);
                ps.setLong(++i, programId);
                ps.setString(++i, d.applicantId());
                ps.setString(++i, d.applicantId());
                ps.setString(++i, d.applicantLang());
                ps.setString(++i, d.email());
                ps.setString(++i, d.reference());
                ps.setString(++i, d.status().name());
                ps.setString(++i, d.projectName());
                ps.setString(++i, d.organisation());
                ps.setString(++i, d.contactName());
                ps.setString(++i, d.phone());
                ps.setString(++i, d.email());
                setLong(ps, ++i, d.trackId());
                setLong(ps, ++i, d.directionId());
                setLong(ps, ++i, d.unitId());
                ps.setString(++i, d.uscc());
                ps.setString(++i, d.countryRegion());
                setDecimal(ps, ++i, d.requestedAmount());
                ps.setString(++i, ANSWERS.convertToDatabaseColumn(d.answers()));
                setInstant(ps, ++i, d.correctionUntil());
                ps.setString(++i, d.correctionMessage());
                setInstant(ps, ++i, d.createdAt());
                setInstant(ps, ++i, d.updatedAt());
                setInstant(ps, ++i, d.submittedAt());
                ps.setString(++i, MatchKey.of(d.organisation()));
                ps.setString(++i, MatchKey.of(d.uscc()));
                ps.addBatch();
            }
            ps.executeBatch();
            tableWrites.wrote("application"); // past Hibernate, so past TableWrites' own notice
        } catch (SQLException e) {
            throw new IllegalStateException("Writing a batch of synthetic applications failed: " + e.getMessage(), e);
        }
        pipeline.enterAll(programId);
    }

    /**
     * Removes a run's applications (those whose applicant id starts with the
     * prefix) with their attachments, and then the program itself unless other
     * applications remain in it. Returns a note when something had to stay.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    String discard(Long programId, String applicantPrefix) {
        if (programId == null) {
            return null;
        }
        EntityManager em = Program.getEntityManager();
        String ours = "SELECT id FROM application WHERE program_id = ?1 AND applicant_id LIKE ?2";
        String like = applicantPrefix + "%";
        @SuppressWarnings("unchecked")
        List<String> files = em.createNativeQuery("SELECT t.storage_key FROM attachment t WHERE t.storage_key IS NOT NULL "
                + "AND t.application_id IN (" + ours + ")").setParameter(1, programId).setParameter(2, like).getResultList();
        attachments.removeFilesAfterCommit(files);
        update(em, "DELETE FROM attachment_content WHERE attachment_id IN "
                + "(SELECT t.id FROM attachment t WHERE t.application_id IN (" + ours + "))", programId, like);
        update(em, "DELETE FROM attachment WHERE application_id IN (" + ours + ")", programId, like);
        update(em, "DELETE FROM notification WHERE application_id IN (" + ours + ")", programId, like);
        // The program's result lists (the Jiangxi run publishes one), children first.
        String lists = "(SELECT l.id FROM result_list l WHERE l.program_id = ?1)";
        update(em, "DELETE FROM objection WHERE list_id IN " + lists, programId);
        update(em, "DELETE FROM result_list_entry WHERE version_id IN (SELECT v.id FROM result_list_version v "
                + "WHERE v.list_id IN " + lists + ")", programId);
        for (String table : new String[] { "result_list_version", "result_removal", "result_row" }) {
            update(em, "DELETE FROM " + table + " WHERE list_id IN " + lists, programId);
        }
        update(em, "DELETE FROM result_list WHERE program_id = ?1", programId);
        // What later rounds made of them, children first.
        update(em, "DELETE FROM recommendation WHERE entry_id IN "
                + "(SELECT e.id FROM round_entry e WHERE e.application_id IN (" + ours + "))", programId, like);
        for (String table : new String[] { "ranking_line", "advancement_override", "scorecard", "assignment_change",
                "assignment", "round_entry" }) {
            update(em, "DELETE FROM " + table + " WHERE application_id IN (" + ours + ")", programId, like);
        }
        update(em, "DELETE FROM application WHERE program_id = ?1 AND applicant_id LIKE ?2", programId, like);
        Number left = (Number) em.createNativeQuery("SELECT COUNT(*) FROM application WHERE program_id = ?1")
                .setParameter(1, programId).getSingleResult();
        if (left.longValue() > 0) {
            String code = (String) em.createNativeQuery("SELECT code FROM program WHERE id = ?1")
                    .setParameter(1, programId).getResultStream().findFirst().orElse("?");
            return "(" + code + ": " + left + " other application(s) kept the program)";
        }
        String rounds = "(SELECT r.id FROM program_round r WHERE r.program_id = ?1)";
        em.createNativeQuery("DELETE FROM ranking_snapshot WHERE round_id IN " + rounds).setParameter(1, programId)
                .executeUpdate();
        for (String table : new String[] { "rubric_criterion", "round_judge", "unit_list" }) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE round_id IN " + rounds).setParameter(1, programId)
                    .executeUpdate();
        }
        for (String table : new String[] { "unit_member", "checklist_item", "reject_reason", "form_field",
                "program_round", "direction", "section", "track", "division", "recommending_unit" }) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE program_id = ?1").setParameter(1, programId)
                    .executeUpdate();
        }
        em.createNativeQuery("DELETE FROM program WHERE id = ?1").setParameter(1, programId).executeUpdate();
        return null;
    }

    /** Whether the failure is the database refusing a row by the named constraint. */
    static boolean violates(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException c && c.getConstraintName() != null
                    && c.getConstraintName().toLowerCase(Locale.ROOT).contains(constraint)) {
                return true;
            }
            if (t instanceof SQLException s && s.getMessage() != null
                    && s.getMessage().toLowerCase(Locale.ROOT).contains(constraint)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static void update(EntityManager em, String sql, long programId) {
        em.createNativeQuery(sql).setParameter(1, programId).executeUpdate();
    }

    private static void update(EntityManager em, String sql, long programId, String like) {
        em.createNativeQuery(sql).setParameter(1, programId).setParameter(2, like).executeUpdate();
    }

    private static void setLong(PreparedStatement ps, int i, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, value);
        }
    }

    private static void setDecimal(PreparedStatement ps, int i, BigDecimal value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.NUMERIC);
        } else {
            ps.setBigDecimal(i, value);
        }
    }

    private static void setInstant(PreparedStatement ps, int i, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(i, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }
}
