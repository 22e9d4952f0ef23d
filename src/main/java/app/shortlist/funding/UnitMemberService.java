package app.shortlist.funding;

import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import app.shortlist.account.CurrentUser;
import app.shortlist.audit.AuditTrail;
import app.shortlist.program.Program;
import app.shortlist.program.RecommendingUnit;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;

/** The admin's mapping of recommenders to units: bind and unbind, each audited. */
@ApplicationScoped
public class UnitMemberService {

    public static final String ENTITY = "unit_member";
    private static final Pattern USERNAME = Pattern.compile("[^\\s]{1,255}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Transactional
    public UnitMember bind(long programId, Long unitId, String username, String email) {
        Program program = Program.findById(programId);
        if (program == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        RecommendingUnit unit = unitId == null ? null : RecommendingUnit.findById(unitId);
        if (unit == null || !unit.program.id.equals(programId)) {
            throw new DomainException(FundingFailure.UNIT_UNKNOWN);
        }
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new DomainException(FundingFailure.USERNAME_INVALID);
        }
        String mail = email == null || email.isBlank() ? null : email.strip();
        if (mail != null && (mail.length() > 254 || !EMAIL.matcher(mail).matches())) {
            throw new DomainException(FundingFailure.EMAIL_INVALID);
        }
        // The program row's lock makes two concurrent binds of one person meet here, not at the unique key.
        Program.getEntityManager().lock(program, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        UnitMember existing = UnitMember.of(programId, name).orElse(null);
        if (existing != null) {
            throw new DomainException(FundingFailure.ALREADY_BOUND, name, existing.unit.name);
        }
        UnitMember m = new UnitMember();
        m.program = program;
        m.unit = unit;
        m.username = name;
        m.email = mail;
        m.createdAt = Instant.now(clock);
        m.createdBy = currentUser.getUsername() == null ? "system" : currentUser.getUsername();
        m.persist();
        audit.record("UNIT_MEMBER_BOUND", ENTITY, m.id, programId, null, unit.name.zh, name);
        return m;
    }

    @Transactional
    public void unbind(long programId, long memberId) {
        UnitMember m = UnitMember.findById(memberId);
        if (m == null || !m.program.id.equals(programId)) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        audit.record("UNIT_MEMBER_UNBOUND", ENTITY, m.id, programId, m.unit.name.zh, null, m.username);
        m.delete();
    }
}
