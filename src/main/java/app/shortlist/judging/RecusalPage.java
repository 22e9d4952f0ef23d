package app.shortlist.judging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import app.shortlist.account.Role;
import app.shortlist.web.Flash;
import app.shortlist.web.RequestLanguage;

/**
 * 回避 from a page: the judge's form (field {@code reason}) posts here; back to the judge's list on success. A
 * refusal (no reason, already submitted, someone else's assignment) is shown as the error page with its message.
 */
@Path("/judging/assignments/{assignmentId}/recuse")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.JUDGE)
public class RecusalPage {

    @Inject
    AssignmentService assignments;

    @Inject
    RequestLanguage language;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recuse(@PathParam("assignmentId") long assignmentId, @RestForm String reason) {
        assignments.recuse(assignmentId, reason);
        return Flash.redirect("/judging", JudgingForms.messages(language.get()).done_recused());
    }
}
