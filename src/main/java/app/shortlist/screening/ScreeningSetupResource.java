package app.shortlist.screening;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.account.Role;
import app.shortlist.program.Program;
import app.shortlist.program.ProgramPart;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;

/**
 * A program's eligibility checklist and reject reasons by API, as on {@link ScreeningSetupPage} (admins). Each item
 * travels as one line of the page's editor, so the rules (and the item numbers in messages) are the page's.
 */
@Path("/api/v1/programs/{programId}/screening-setup")
@Tag(name = "Screening")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class ScreeningSetupResource {

    @Inject
    ScreeningSetupService setup;

    @Schema(name = "ScreeningListItem", description = "One checklist item or reject reason, in both languages")
    public record Item(long id, int position, String zh, String en) {
    }

    @Schema(name = "ScreeningSetup", description = "A program's eligibility checklist and reject reasons, in order")
    public record SetupView(long programId, List<Item> checklist, List<Item> rejectReasons) {
    }

    public record Name(String zh, String en) {
    }

    @Schema(name = "ScreeningSetupInput", description = "The lists as they should be, in order; an absent list is left as it is. An item keeping its Chinese or English wording keeps its identity (decisions naming it still do); the others are added or removed")
    public record SetupBody(List<Name> checklist, List<Name> rejectReasons) {
    }

    @GET
    @Transactional
    @Operation(summary = "The program's eligibility checklist and reject reasons")
    public SetupView get(@PathParam("programId") long programId) {
        Program.require(programId);
        return new SetupView(programId, items(ChecklistItem.list("program.id = ?1 order by position, id", programId)),
                items(RejectReason.list("program.id = ?1 order by position, id", programId)));
    }

    @PUT
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the checklist and/or the reject reasons in one step (both or neither are saved); 422 names the first bad item by its number, 409 when a reason to remove is used by a decision")
    public SetupView save(@PathParam("programId") long programId, SetupBody body) {
        Program.require(programId);
        if (body == null || body.checklist() == null && body.rejectReasons() == null) {
            throw new DomainException(CommonFailure.INVALID_INPUT, "checklist, rejectReasons");
        }
        if (body.checklist() != null) {
            setup.saveChecklist(programId, lines(body.checklist()));
        }
        if (body.rejectReasons() != null) {
            setup.saveReasons(programId, lines(body.rejectReasons()));
        }
        return get(programId);
    }

    private static List<Item> items(List<? extends ProgramPart> parts) {
        return parts.stream().map(p -> new Item(p.id, p.position, p.name.zh, p.name.en)).toList();
    }

    /** The editor's text: one "中文 | English" line per item, so item n is line n in the service's messages. */
    private static String lines(List<Name> names) {
        return names.stream().map(n -> oneLine(n == null ? null : n.zh()) + " | " + oneLine(n == null ? null : n.en()))
                .collect(Collectors.joining("\n"));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ");
    }
}
