package app.shortlist.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import app.shortlist.account.Role;
import app.shortlist.web.Flash;
import app.shortlist.web.RequestLanguage;

/** The "Apply" button of a program's page: starts a draft and opens its form. */
@Path("/programs/{programId}/applications")
@RolesAllowed(Role.APPLICANT)
public class ApplicationStartPage {

    @Inject
    ApplicationService service;

    @Inject
    RequestLanguage language;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("programId") long programId) {
        Application a = service.createDraft(programId, language.get());
        return Flash.redirect("/applications/" + a.id + "/edit");
    }
}
