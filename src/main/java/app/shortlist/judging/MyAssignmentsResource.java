package app.shortlist.judging;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.account.Role;
import app.shortlist.web.RequestLanguage;

/** The caller's own assignments (its own class: MeResource owns /api/v1/me). */
@Path("/api/v1/me/assignments")
@Tag(name = "Judging")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.JUDGE)
public class MyAssignmentsResource {

    @Inject
    JudgeViews views;

    @Inject
    RequestLanguage language;

    @GET
    @Transactional
    @Operation(summary = "My assignments in rounds that have started, with each scorecard's status (blind rounds show no applicant)")
    public List<JudgeViews.MyAssignment> mine() {
        return views.mine(language.get());
    }
}
