package app.shortlist.judging;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.account.Role;
import app.shortlist.pipeline.Pipeline;
import app.shortlist.program.Program;

/** A program's rounds, in order (ProgramResource owns the program itself). */
@Path("/api/v1/programs/{programId}/rounds")
@Tag(name = "Rounds")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class ProgramRoundsResource {

    @GET
    @Transactional
    @Operation(summary = "The program's rounds in order, every kind; scoring rounds are read and changed under /api/v1/rounds/{roundId}")
    public List<RoundViews.RoundSummary> list(@PathParam("programId") long programId) {
        Program.require(programId);
        return Pipeline.rounds(programId).stream().map(RoundViews::summary).toList();
    }
}
