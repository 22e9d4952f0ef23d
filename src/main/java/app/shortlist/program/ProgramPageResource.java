package app.shortlist.program;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import app.shortlist.account.CurrentUser;
import app.shortlist.i18n.Lang;
import app.shortlist.web.Dates;
import app.shortlist.web.RequestLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The public page of a program: what it is, its timeline and structure, and the way to apply. */
@Path("/programs")
@Produces(MediaType.TEXT_HTML)
public class ProgramPageResource {

    @CheckedTemplate(basePath = "program")
    static class Templates {
        static native TemplateInstance show(ProgramPage page);
    }

    /** Where the reader stands with respect to applying. */
    public enum ApplyState {
        APPLY, SIGN_IN, NOT_APPLICANT, NOT_YET_OPEN, NOT_OPEN
    }

    public record ProgramPage(long id, String code, String name, String organiser, List<String> description,
            String kind, String status, boolean draft, String opensAt, String deadline, ApplyState apply,
            ProgramViews.Structure structure) {
    }

    @Inject
    ProgramAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestLanguage language;

    @Inject
    Clock clock;

    @GET
    @Path("{programId}")
    @PermitAll
    public TemplateInstance show(@PathParam("programId") long programId) {
        Program p = access.visible(programId);
        Lang lang = language.get();
        Instant now = Instant.now(clock);
        ApplyState apply;
        if (p.acceptsSubmissionsAt(now)) {
            apply = !currentUser.isSignedIn() ? ApplyState.SIGN_IN
                    : currentUser.isApplicant() ? ApplyState.APPLY : ApplyState.NOT_APPLICANT;
        } else if (p.status == ProgramStatus.DRAFT
                || (p.status == ProgramStatus.OPEN && p.opensAt != null && now.isBefore(p.opensAt))) {
            apply = ApplyState.NOT_YET_OPEN;
        } else {
            apply = ApplyState.NOT_OPEN;
        }
        return Templates.show(new ProgramPage(p.id, p.code, p.name.in(lang), ProgramViews.text(p.organiser, lang),
                ProgramViews.paragraphs(p.description, lang), p.kind.label().in(lang), p.status.label().in(lang),
                p.status == ProgramStatus.DRAFT, Dates.format(p.opensAt), Dates.format(p.submissionDeadline), apply,
                ProgramViews.structure(p, ProgramParts.load(p.id), lang)));
    }
}
