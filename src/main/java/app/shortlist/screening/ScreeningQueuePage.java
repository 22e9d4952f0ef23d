package app.shortlist.screening;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import app.shortlist.account.Role;
import app.shortlist.application.FormView;
import app.shortlist.i18n.Countries;
import app.shortlist.i18n.Lang;
import app.shortlist.pipeline.EntryState;
import app.shortlist.program.Program;
import app.shortlist.program.RecommendingUnit;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.program.Track;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.Dates;
import app.shortlist.web.DomainException;
import app.shortlist.web.Flash;
import app.shortlist.web.RequestLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

/**
 * A screening round's queue: counts per state, filters, 50 rows a page with their flags, bulk
 * pass / reject of the ticked rows, and the admin's open and close. A fixed number of queries
 * per page, whatever its size.
 */
@Path("/screening/rounds/{roundId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.ADMIN, Role.SCREENER })
public class ScreeningQueuePage {

    @CheckedTemplate(basePath = "screening")
    static class Templates {
        static native TemplateInstance queue(QueuePage page);
    }

    @TemplateData
    public record QueuePage(long roundId, long programId, String program, String round, String state,
            String stateLabel, boolean pending, boolean open, String closedAt, String closedReason,
            List<ScreeningViews.Count> counts, Filters filters, List<FormView.Option> states,
            List<FormView.Option> tracks, List<FormView.Option> units, List<FormView.Option> countries,
            List<FormView.Option> sorts, List<Row> rows, long total, int page, int pages, String previous, String next,
            List<FormView.Option> reasons, String bulkText, String error, String closeError) {
    }

    @TemplateData
    public record Filters(String state, String track, String unit, String country, String q, String sort, int page) {
    }

    @TemplateData
    public record Row(long entryId, String reference, String project, String organisation, String track, String unit,
            String country, String state, String stateLabel, boolean selectable, boolean checked, String submitted,
            List<ScreeningViews.FlagView> flags) {
    }

    @Inject
    ScreeningQueue queue;

    @Inject
    ScreeningChecks checks;

    @Inject
    ScreeningService service;

    @Inject
    RequestLanguage language;

    @GET
    @Transactional
    public TemplateInstance list(@PathParam("roundId") long roundId, @QueryParam("state") String state,
            @QueryParam("track") String track, @QueryParam("unit") String unit, @QueryParam("country") String country,
            @QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("page") @DefaultValue("0") int page) {
        return render(roundId, new Filters(state, track, unit, country, q, sort, page), Set.of(), null, null, null);
    }

    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response bulk(@PathParam("roundId") long roundId, @FormParam("entry") List<Long> entries,
            @FormParam("decision") String decision, @FormParam("reasonId") String reasonId,
            @FormParam("text") String text, @FormParam("f.state") String state, @FormParam("f.track") String track,
            @FormParam("f.unit") String unit, @FormParam("f.country") String country, @FormParam("f.q") String q,
            @FormParam("f.sort") String sort, @FormParam("f.page") @DefaultValue("0") int page) {
        Filters filters = new Filters(state, track, unit, country, q, sort, page);
        Lang lang = language.get();
        try {
            Decision d = parse(Decision.class, decision);
            int n = service.bulk(roundId, entries, d, parseLong(reasonId), text);
            ScreeningMsg msg = ScreeningViews.msg(lang);
            return Flash.redirect(queuePath(roundId) + "?" + query(filters, true),
                    d == Decision.PASS ? msg.flash_bulk_passed(n) : msg.flash_bulk_rejected(n));
        } catch (DomainException e) {
            if (e.failure() == CommonFailure.NOT_FOUND) {
                throw e;
            }
            return Response.status(e.failure().status())
                    .entity(reshow(roundId, filters, entries == null ? Set.of() : Set.copyOf(entries), text,
                            e.message(lang), null))
                    .build();
        }
    }

    @POST
    @Path("open")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ADMIN)
    public Response open(@PathParam("roundId") long roundId) {
        service.open(roundId);
        return Flash.redirect(queuePath(roundId), ScreeningViews.msg(language.get()).flash_opened());
    }

    @POST
    @Path("close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("roundId") long roundId, @FormParam("reason") String reason) {
        try {
            service.close(roundId, reason);
            return Flash.redirect(queuePath(roundId), ScreeningViews.msg(language.get()).flash_closed());
        } catch (DomainException e) {
            if (e.failure() == CommonFailure.NOT_FOUND) {
                throw e;
            }
            return Response.status(e.failure().status())
                    .entity(reshow(roundId, new Filters(null, null, null, null, null, null, 0), Set.of(), null, null,
                            e.message(language.get())))
                    .build();
        }
    }

    @Transactional
    TemplateInstance reshow(long roundId, Filters filters, Set<Long> selected, String bulkText, String error,
            String closeError) {
        return render(roundId, filters, selected, bulkText, error, closeError);
    }

    private TemplateInstance render(long roundId, Filters f, Set<Long> selected, String bulkText, String error,
            String closeError) {
        Round round = Round.findById(roundId);
        if (round == null || !round.isScreening()) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        Lang lang = language.get();
        Program program = round.program;
        EntryState stateFilter = parse(EntryState.class, f.state());
        Long trackId = parseLong(f.track());
        Long unitId = parseLong(f.unit());
        boolean newest = "NEWEST".equals(f.sort());
        ScreeningQueue.Page result = queue.search(roundId,
                new ScreeningQueue.Filter(stateFilter, trackId, unitId, f.country(), f.q()), newest, f.page(),
                ScreeningQueue.PAGE_SIZE);

        List<Track> tracks = Track.list("program.id = ?1 order by position, id", program.id);
        List<RecommendingUnit> units = RecommendingUnit.list("program.id = ?1 order by position, id", program.id);
        Map<Long, String> trackNames = new HashMap<>();
        tracks.forEach(t -> trackNames.put(t.id, t.name.in(lang)));
        Map<Long, String> unitNames = new HashMap<>();
        units.forEach(u -> unitNames.put(u.id, u.name.in(lang)));
        Map<Long, List<ScreeningFlags.Flag>> flags = checks.flags(program,
                result.rows().stream().map(ScreeningQueue.Row::applicationId).toList(), ScreeningChecks.NAMED_IN_LIST);
        Map<String, String> labels = ScreeningViews.fieldLabels(
                app.shortlist.program.FormField.forProgram(program.id), lang);
        List<Row> rows = result.rows().stream().map(r -> new Row(r.entryId(), r.reference(), r.projectName(),
                r.organisation(), trackNames.get(r.trackId()), unitNames.get(r.unitId()),
                r.countryRegion() == null ? null : Countries.of(r.countryRegion()).name(lang), r.state().name(),
                r.state().label().in(lang), r.state() == EntryState.WAITING, selected.contains(r.entryId()),
                Dates.format(r.submittedAt()), ScreeningViews.flags(flags.get(r.applicationId()), labels, lang)))
                .toList();

        ScreeningMsg msg = ScreeningViews.msg(lang);
        List<FormView.Option> states = java.util.Arrays.stream(EntryState.values())
                .map(s -> new FormView.Option(s.name(), s.label().in(lang), s == stateFilter)).toList();
        List<FormView.Option> trackOptions = tracks.stream()
                .map(t -> new FormView.Option(t.id.toString(), t.name.in(lang), t.id.equals(trackId))).toList();
        List<FormView.Option> unitOptions = units.stream()
                .map(u -> new FormView.Option(u.id.toString(), u.name.in(lang), u.id.equals(unitId))).toList();
        List<FormView.Option> countries = Countries.all(lang).stream().map(c -> new FormView.Option(c.code(),
                c.name(lang), c.code().equalsIgnoreCase(f.country()))).toList();
        var app = ScreeningViews.app(lang);
        List<FormView.Option> sorts = List.of(new FormView.Option("OLDEST", app.sort_oldest(), !newest),
                new FormView.Option("NEWEST", app.sort_newest(), newest));
        List<FormView.Option> reasons = RejectReason.<RejectReason>list("program.id = ?1 order by position, id",
                program.id).stream().map(x -> new FormView.Option(x.id.toString(), x.name.in(lang), false)).toList();
        Filters shown = new Filters(f.state(), f.track(), f.unit(), f.country(), f.q(), f.sort(), result.page());
        String filterQuery = query(shown, false);
        String base = queuePath(roundId) + "?" + filterQuery + (filterQuery.isEmpty() ? "" : "&");
        return Templates.queue(new QueuePage(roundId, program.id, program.name.in(lang), round.name.in(lang),
                round.state.name(), round.state.label().in(lang), round.state == RoundState.PENDING,
                round.state == RoundState.OPEN, Dates.format(round.closedAt), round.closedReason,
                ScreeningViews.counts(result.counts(), queuePath(roundId), stateFilter, lang), shown, states,
                trackOptions, unitOptions, countries, sorts, rows, result.total(), result.page(), result.pages(),
                result.page() > 0 ? base + "page=" + (result.page() - 1) : null,
                result.page() + 1 < result.pages() ? base + "page=" + (result.page() + 1) : null, reasons,
                bulkText, error, closeError));
    }

    static String queuePath(long roundId) {
        return "/screening/rounds/" + roundId;
    }

    private static String query(Filters f, boolean withPage) {
        StringBuilder q = new StringBuilder();
        append(q, "state", f.state());
        append(q, "track", f.track());
        append(q, "unit", f.unit());
        append(q, "country", f.country());
        append(q, "q", f.q());
        append(q, "sort", f.sort());
        if (withPage && f.page() > 0) {
            append(q, "page", String.valueOf(f.page()));
        }
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append(q.isEmpty() ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Long parseLong(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
