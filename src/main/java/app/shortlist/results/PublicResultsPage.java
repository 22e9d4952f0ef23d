package app.shortlist.results;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import app.shortlist.account.CurrentUser;
import app.shortlist.i18n.Lang;
import app.shortlist.program.Program;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.Dates;
import app.shortlist.web.DomainException;
import app.shortlist.web.Flash;
import app.shortlist.web.RequestLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Published results for everyone, no sign-in needed: every public program's published lists, each
 * list's latest version with links to the earlier ones, and during a notice period the way for a
 * signed-in person to file an objection. Printable: the stylesheet's print rules hide the chrome.
 */
@Path("/results")
@Produces(MediaType.TEXT_HTML)
public class PublicResultsPage {

    @CheckedTemplate(basePath = "results")
    static class Templates {
        static native TemplateInstance index(List<ProgramLists> programs);

        static native TemplateInstance list(ListPage page);

        static native TemplateInstance objection(ListPage page, ObjectionForm form, String failure);
    }

    @TemplateData
    public record ProgramLists(long programId, String program, List<ListLink> lists) {
    }

    @TemplateData
    public record ListLink(long listId, String title, int number, String publishedAt, boolean finalVersion,
            String notice) {
    }

    @TemplateData
    public record Line(long applicationId, String rank, String reference, String project, String organisation,
            String unit, String requested, String proposed, String award) {
    }

    @TemplateData
    public record Group(String name, List<Line> lines) {
    }

    @TemplateData
    public record Version(int number, boolean current) {
    }

    @TemplateData
    public record Dropped(String project, String reason) {
    }

    /** {@code noticeState}: null (no notice), "upcoming", "open" or "ended". */
    @TemplateData
    public record ListPage(long listId, long programId, String program, String title, int number, boolean latest,
            String publishedAt, boolean finalVersion, String changeNote, String noticeStart, String noticeEnd,
            String noticeState, List<Dropped> dropped, List<Version> versions, List<Group> groups, int count,
            boolean amounts, boolean signedIn) {

        public boolean noticeOpen() {
            return "open".equals(noticeState);
        }
    }

    @TemplateData
    public record ObjectionForm(Long applicationId, String realName, String contact, String reasons,
            Map<String, String> errors) {
        public boolean has(String field) {
            return errors.containsKey(field);
        }

        public String error(String field) {
            return errors.get(field);
        }

        public boolean chose(long id) {
            return applicationId != null && applicationId == id;
        }
    }

    @Inject
    PublishedLists published;

    @Inject
    ObjectionService objections;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestLanguage language;

    @Inject
    Clock clock;

    @GET
    @PermitAll
    @Transactional
    public TemplateInstance index() {
        Lang lang = language.get();
        List<ProgramLists> out = new ArrayList<>();
        for (Program p : Program.listPublic()) {
            List<ListLink> links = published.ofProgram(p.id).stream()
                    .map(h -> new ListLink(h.listId(), h.title().in(lang), h.number(), Dates.format(h.publishedAt()),
                            h.finalVersion(), h.noticeStartsAt() == null ? null
                                    : Dates.format(h.noticeStartsAt()) + " – " + Dates.format(h.noticeEndsAt())))
                    .toList();
            if (!links.isEmpty()) {
                out.add(new ProgramLists(p.id, p.name.in(lang), links));
            }
        }
        return Templates.index(out);
    }

    @GET
    @Path("{listId}")
    @PermitAll
    public TemplateInstance latest(@PathParam("listId") long listId) {
        return Templates.list(page(published.latest(listId)));
    }

    @GET
    @Path("{listId}/v/{n}")
    @PermitAll
    public TemplateInstance version(@PathParam("listId") long listId, @PathParam("n") int n) {
        return Templates.list(page(published.version(listId, n)));
    }

    @GET
    @Path("{listId}/objection")
    @Authenticated
    public TemplateInstance objectionForm(@PathParam("listId") long listId,
            @QueryParam("applicationId") Long applicationId) {
        ListPage page = page(published.latest(listId));
        return Templates.objection(page, new ObjectionForm(applicationId, currentUser.getDisplayName(),
                currentUser.getEmail(), null, Map.of()), page.noticeOpen() ? null : closedMessage(page));
    }

    @POST
    @Path("{listId}/objection")
    @Authenticated
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response file(@PathParam("listId") long listId, @RestForm Long applicationId, @RestForm String realName,
            @RestForm String contact, @RestForm String reasons, @RestForm("evidence") FileUpload evidence) {
        Lang lang = language.get();
        ObjectionService.Filing filing = new ObjectionService.Filing(applicationId, realName, contact, reasons);
        try {
            objections.file(listId, filing, evidence == null ? null : evidence.fileName(), ObjectionService.bytes(evidence), lang);
            return Flash.redirect("/results/" + listId, ResultPages.msg(lang).flash_objection_filed());
        } catch (DomainException e) {
            if (e.failure() == CommonFailure.NOT_FOUND) {
                throw e;
            }
            ListPage page = page(published.latest(listId));
            return Response.status(e.failure().status()).entity(Templates.objection(page,
                    new ObjectionForm(applicationId, realName, contact, reasons, e.fieldErrors()), e.message(lang)))
                    .build();
        }
    }

    private String closedMessage(ListPage page) {
        Lang lang = language.get();
        if ("upcoming".equals(page.noticeState())) {
            return ResultFailure.NOTICE_NOT_STARTED.message(lang).replace("{0}", page.noticeStart());
        }
        if ("ended".equals(page.noticeState())) {
            return ResultFailure.NOTICE_ENDED.message(lang).replace("{0}", page.noticeEnd());
        }
        return ResultFailure.NO_NOTICE.message(lang);
    }

    private ListPage page(PublishedLists.Published p) {
        Lang lang = language.get();
        PublishedLists.Header h = p.header();
        Instant now = Instant.now(clock);
        String state = h.noticeStartsAt() == null ? null
                : now.isBefore(h.noticeStartsAt()) ? "upcoming" : now.isAfter(h.noticeEndsAt()) ? "ended" : "open";
        if (!h.latest() && state != null) {
            state = "ended"; // a corrected version no longer takes objections
        }
        Map<String, List<Line>> groups = new LinkedHashMap<>();
        boolean amounts = false;
        for (PublishedLists.Row r : p.rows()) {
            amounts |= r.requestedAmount() != null || r.proposedAmount() != null;
            String group = r.group() == null ? "" : r.group().in(lang);
            groups.computeIfAbsent(group, k -> new ArrayList<>()).add(new Line(r.applicationId(),
                    r.rank() == null ? "—" : r.rank().toString(), r.reference(), r.projectName(), r.organisation(),
                    r.unit() == null ? null : r.unit().in(lang), money(r.requestedAmount()), money(r.proposedAmount()),
                    r.award()));
        }
        return new ListPage(h.listId(), h.programId(), h.program().in(lang), h.title().in(lang), h.number(), h.latest(),
                Dates.format(h.publishedAt()), h.finalVersion(), h.changeNote(), Dates.format(h.noticeStartsAt()),
                Dates.format(h.noticeEndsAt()), state,
                h.dropped().stream().map(d -> new Dropped(d.projectName(), d.reason())).toList(),
                h.versions().stream().map(n -> new Version(n, n == h.number())).toList(),
                groups.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList(), p.rows().size(),
                amounts, currentUser.isSignedIn());
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "—" : amount.stripTrailingZeros().toPlainString();
    }
}
