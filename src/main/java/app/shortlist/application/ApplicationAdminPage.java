package app.shortlist.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import app.shortlist.account.Role;
import app.shortlist.i18n.Countries;
import app.shortlist.i18n.Lang;
import app.shortlist.program.Direction;
import app.shortlist.program.Program;
import app.shortlist.program.ProgramPart;
import app.shortlist.program.Track;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.Dates;
import app.shortlist.web.DomainException;
import app.shortlist.web.RequestLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** Staff page: a program's submitted applications, filtered, sorted and paged (two queries per page, whatever its size). */
@Path("/admin/programs/{programId}/applications")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.ADMIN, Role.SCREENER })
public class ApplicationAdminPage {

    @CheckedTemplate(basePath = "application")
    static class Templates {
        static native TemplateInstance list(ListPage page);

    }

    @TemplateData
    public record ListPage(long programId, String program, List<Row> rows, long total, int page, int pages,
            Filters filters, List<FormView.Option> statuses, List<FormView.Option> parts, String partParam,
            List<FormView.Option> countries, List<FormView.Option> sorts, String previous, String next) {
    }

    @TemplateData
    public record Filters(String status, String part, String country, String q, String sort) {
    }

    @TemplateData
    public record Row(long id, String reference, String project, String organisation, String part, String country,
            String status, String statusLabel, String submitted) {
    }

    @Inject
    ApplicationSearch search;

    @Inject
    RequestLanguage language;

    @GET
    @Transactional
    public TemplateInstance list(@PathParam("programId") long programId, @QueryParam("status") String status,
            @QueryParam("part") Long part, @QueryParam("country") String country, @QueryParam("q") String q,
            @QueryParam("sort") @DefaultValue("SUBMITTED") String sort, @QueryParam("page") @DefaultValue("0") int page) {
        Program program = Program.findById(programId);
        if (program == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        Lang lang = language.get();
        ApplicationStatus statusFilter = parse(ApplicationStatus.class, status);
        ApplicationSearch.SortBy sortBy = parse(ApplicationSearch.SortBy.class, sort);
        boolean contest = program.isCompetition();
        ApplicationSearch.Filter filter = new ApplicationSearch.Filter(statusFilter, contest ? part : null,
                contest ? null : part, null, country, q, null);
        ApplicationSearch.Page result = search.search(programId, filter, sortBy, page, 50);

        // Only the parts the list names (ProgramParts.load would read all seven kinds of part).
        String byPosition = "program.id = ?1 order by position, id";
        List<? extends ProgramPart> partList = contest ? Track.<Track> list(byPosition, programId)
                : Direction.<Direction> list(byPosition, programId);
        Map<Long, String> partNames = new HashMap<>();
        partList.forEach(p -> partNames.put(p.id, p.name.in(lang)));
        List<Row> rows = result.rows().stream().map(s -> new Row(s.id(), s.reference(), s.projectName(), s.organisation(),
                partNames.get(contest ? s.trackId() : s.directionId()),
                s.countryRegion() == null ? null : Countries.of(s.countryRegion()).name(lang), s.status().name(),
                s.status().label().in(lang), Dates.format(s.submittedAt()))).toList();

        ApplicationMsg msg = msg();
        List<FormView.Option> statuses = java.util.Arrays.stream(ApplicationStatus.values())
                .filter(x -> x != ApplicationStatus.DRAFT)
                .map(x -> new FormView.Option(x.name(), x.label().in(lang), x == statusFilter)).toList();
        List<FormView.Option> partOptions = partList.stream()
                .map(p -> new FormView.Option(p.id.toString(), p.name.in(lang), p.id.equals(part))).toList();
        List<FormView.Option> countries = Countries.all(lang).stream()
                .map(c -> new FormView.Option(c.code(), c.name(lang), c.code().equalsIgnoreCase(country))).toList();
        List<FormView.Option> sorts = List.of(
                new FormView.Option("SUBMITTED", msg.sort_newest(), sortBy == ApplicationSearch.SortBy.SUBMITTED || sortBy == null),
                new FormView.Option("SUBMITTED_ASC", msg.sort_oldest(), sortBy == ApplicationSearch.SortBy.SUBMITTED_ASC),
                new FormView.Option("REFERENCE", msg.sort_reference(), sortBy == ApplicationSearch.SortBy.REFERENCE));
        Filters filters = new Filters(status, part == null ? null : part.toString(), country, q, sort);
        String base = "/admin/programs/" + programId + "/applications?" + query(filters);
        return Templates.list(new ListPage(programId, program.name.in(lang), rows, result.total(), result.page(),
                result.pages(), filters, statuses, partOptions, contest ? msg.f_trackId() : msg.f_directionId(), countries,
                sorts, result.page() > 0 ? base + "page=" + (result.page() - 1) : null,
                result.page() + 1 < result.pages() ? base + "page=" + (result.page() + 1) : null));
    }

    private static String query(Filters f) {
        StringBuilder q = new StringBuilder();
        append(q, "status", f.status());
        append(q, "part", f.part());
        append(q, "country", f.country());
        append(q, "q", f.q());
        append(q, "sort", f.sort());
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8))
                    .append('&');
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private ApplicationMsg msg() {
        return MessageBundles.get(ApplicationMsg.class, Localized.Literal.of(language.get().tag()));
    }
}
