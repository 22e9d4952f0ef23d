package app.shortlist.results;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import app.shortlist.account.CurrentUser;
import app.shortlist.application.FileNames;
import app.shortlist.application.FileTypes;
import app.shortlist.audit.AuditTrail;
import app.shortlist.i18n.Lang;
import app.shortlist.notification.Notifier;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.Dates;
import app.shortlist.web.DomainException;

/** 异议: filed by a signed-in person during a list's notice period, resolved by an admin. */
@ApplicationScoped
public class ObjectionService {

    /** Evidence is held in the database: a scan or a short document, not an archive. */
    static final int MAX_EVIDENCE = 10 * 1024 * 1024;
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 \\-]{5,19}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** What the objector typed. */
    public record Filing(Long applicationId, String realName, String contact, String reasons) {
    }

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /**
     * Files an objection against a project on the list's latest version. Refused before the notice
     * period starts and after it ends (even by a second), for a project not listed, and with the
     * fields' messages when a field is missing or malformed.
     */
    @Transactional
    public Objection file(long listId, Filing filing, String evidenceName, byte[] evidence, Lang lang) {
        String who = currentUser.getUsername();
        if (who == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        ResultList list = ResultList.findById(listId);
        ResultListVersion v = list == null ? null : ResultListVersion.latest(listId);
        if (v == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        Instant now = Instant.now(clock);
        if (!v.hasNotice()) {
            throw new DomainException(ResultFailure.NO_NOTICE);
        }
        if (now.isBefore(v.noticeStartsAt)) {
            throw new DomainException(ResultFailure.NOTICE_NOT_STARTED, Dates.format(v.noticeStartsAt));
        }
        if (now.isAfter(v.noticeEndsAt)) {
            throw new DomainException(ResultFailure.NOTICE_ENDED, Dates.format(v.noticeEndsAt));
        }
        Map<String, String> errors = check(filing, lang);
        if (!errors.isEmpty()) {
            throw new DomainException(ResultFailure.OBJECTION_INVALID, errors);
        }
        ResultListEntry listed = ResultListEntry.find("versionId = ?1 and applicationId = ?2", v.id,
                filing.applicationId()).firstResult();
        if (listed == null) {
            throw new DomainException(ResultFailure.NOT_LISTED);
        }
        Objection o = new Objection();
        if (evidence != null && evidence.length > 0) {
            if (evidence.length > MAX_EVIDENCE) {
                throw new DomainException(ResultFailure.EVIDENCE_TOO_LARGE, "10 MB");
            }
            FileTypes.Kind kind = FileTypes.detect(evidence).kind();
            String name = FileNames.sanitize(evidenceName);
            if (kind == null || !FileTypes.extensionMatches(kind, name)) {
                throw new DomainException(ResultFailure.EVIDENCE_TYPE);
            }
            o.evidenceName = name;
            o.evidenceType = kind.contentType(name);
            o.evidence = evidence;
        }
        o.listId = listId;
        o.versionId = v.id;
        o.applicationId = listed.applicationId;
        o.projectName = listed.projectName;
        o.filedBy = who;
        String account = currentUser.getEmail();
        o.filerEmail = account != null && !account.isBlank() ? account
                : EMAIL.matcher(filing.contact().strip()).matches() ? filing.contact().strip() : null;
        o.filerLang = lang.tag();
        o.realName = filing.realName().strip();
        o.contact = filing.contact().strip();
        o.reasons = filing.reasons().strip();
        o.filedAt = now;
        o.persist();
        audit.record("OBJECTION_FILED", "objection", o.id, list.programId, null, ObjectionStatus.OPEN,
                "list " + listId + " v" + v.number + ", project " + listed.projectName + " (application "
                        + listed.applicationId + ")" + (o.evidenceName == null ? "" : ", evidence " + o.evidenceName));
        return o;
    }

    /** Records the outcome (upheld or dismissed) with its explanation and tells the objector. */
    @Transactional
    public Objection resolve(long listId, long objectionId, ObjectionStatus outcome, String text) {
        Objection o = Objection.findById(objectionId);
        if (o == null || o.listId != listId) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        if (o.status != ObjectionStatus.OPEN) {
            throw new DomainException(ResultFailure.ALREADY_RESOLVED, o.status.label());
        }
        if (outcome == null || outcome == ObjectionStatus.OPEN || ResultListService.blank(text)) {
            throw new DomainException(ResultFailure.RESOLUTION_REQUIRED);
        }
        String why = text.strip();
        if (why.length() > ResultListService.MAX_NOTE) {
            throw new DomainException(ResultFailure.REASON_TOO_LONG, ResultListService.MAX_NOTE);
        }
        ResultList list = ResultList.findById(listId);
        o.status = outcome;
        o.resolution = why;
        o.resolvedBy = currentUser.getUsername() == null ? "system" : currentUser.getUsername();
        o.resolvedAt = Instant.now(clock);
        Lang to = Lang.of(o.filerLang).orElse(Lang.DEFAULT);
        notifier.queue(o.filedBy, o.filerEmail, to.tag(), null,
                ResultMails.resolvedSubject(to, o.projectName == null ? "—" : o.projectName),
                ResultMails.resolvedBody(to, o.projectName == null ? "—" : o.projectName, list.title.in(to), outcome, why));
        audit.record("OBJECTION_RESOLVED", "objection", o.id, list.programId, ObjectionStatus.OPEN, outcome,
                "list " + listId + ", project " + o.projectName + ": " + why);
        return o;
    }

    /** One objection, for an admin or the person who filed it; anyone else gets 404. */
    @Transactional
    public Objection readable(long listId, long objectionId) {
        Objection o = Objection.findById(objectionId);
        String who = currentUser.getUsername();
        if (o == null || o.listId != listId || who == null || !(currentUser.isAdmin() || who.equals(o.filedBy))) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return o;
    }

    /** The evidence file as a download (never shown inline: it is whatever the objector sent), or 404. */
    public static jakarta.ws.rs.core.Response evidence(Objection o) {
        if (o.evidence == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return jakarta.ws.rs.core.Response.ok(o.evidence, o.evidenceType)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + java.net.URLEncoder
                        .encode(o.evidenceName, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** A multipart upload's bytes; null when no file was chosen. */
    static byte[] bytes(org.jboss.resteasy.reactive.multipart.FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            return null;
        }
        try {
            return java.nio.file.Files.readAllBytes(file.uploadedFile());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public List<Objection> forList(long listId) {
        if (ResultList.findById(listId) == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return Objection.list("listId = ?1 order by filedAt, id", listId);
    }

    private static Map<String, String> check(Filing f, Lang lang) {
        boolean en = lang == Lang.EN;
        Map<String, String> errors = new LinkedHashMap<>();
        if (f.applicationId() == null) {
            errors.put("applicationId", en ? "Choose the project you object to." : "请选择异议针对的项目。");
        }
        if (ResultListService.blank(f.realName()) || f.realName().strip().length() > 100) {
            errors.put("realName", en ? "Give your real name (at most 100 characters)." : "请填写真实姓名（最多 100 个字符）。");
        }
        String c = f.contact() == null ? "" : f.contact().strip();
        if (!PHONE.matcher(c).matches() && !(EMAIL.matcher(c).matches() && c.length() <= 254)) {
            errors.put("contact", en ? "Give a phone number or an e-mail address where you can be reached."
                    : "请填写可联系到您的电话号码或电子邮箱。");
        }
        if (ResultListService.blank(f.reasons()) || f.reasons().strip().length() > 5000) {
            errors.put("reasons", en ? "State your reasons (at most 5,000 characters)." : "请写明异议理由（最多 5000 个字符）。");
        }
        return errors;
    }
}
