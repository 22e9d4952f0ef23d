package app.shortlist.export;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import app.shortlist.i18n.Lang;
import app.shortlist.web.RequestLanguage;

/** A published result list version as a file, for everyone (published lists are public). */
@Path("/results/{listId}/v/{n}/export")
@PermitAll
public class ResultListExportPage {

    @Inject
    ResultListExport export;

    @Inject
    Exports exports;

    @Inject
    RequestLanguage language;

    @GET
    public Response export(@PathParam("listId") long listId, @PathParam("n") int n, @QueryParam("format") String format) {
        return download(exports, export, listId, n, Format.parse(format), language.get());
    }

    static Response download(Exports exports, ResultListExport export, long listId, int n, Format format, Lang lang) {
        Table table = export.table(listId, n, lang);
        String[] names = ResultListExport.names(table, listId, n);
        return exports.download(format, table, names[0], names[1], lang);
    }
}
