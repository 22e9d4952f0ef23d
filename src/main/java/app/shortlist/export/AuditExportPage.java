package app.shortlist.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import app.shortlist.account.Role;
import app.shortlist.i18n.Lang;
import app.shortlist.web.RequestLanguage;

/** A program's audit trail as XLSX, CSV or PDF (admins), linked from its result lists and its audit page. */
@Path("/admin/programs/{programId}/audit/export")
@RolesAllowed(Role.ADMIN)
public class AuditExportPage {

    @Inject
    AuditExport export;

    @Inject
    Exports exports;

    @Inject
    RequestLanguage language;

    @GET
    public Response export(@PathParam("programId") long programId, @QueryParam("format") String format) {
        Lang lang = language.get();
        Table table = export.table(programId, lang);
        return exports.download(Format.parse(format), table, table.title().replaceAll("[\\\\/:*?\"<>|]", "_"),
                "audit-program-" + programId, lang);
    }
}
