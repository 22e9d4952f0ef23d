package app.shortlist.statistics;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.shortlist.i18n.Lang;
import io.quarkus.qute.RawString;

/** The dashboard page's rows: the statistics formatted for reading, and a chart drawn for each table. */
public final class DashboardViews {

    /** A chart shows this many rows; the rest are one "others" bar (the table lists them all). */
    static final int CHART_ROWS = 15;

    public record Dashboard(long programId, String program, String code, Totals totals, RawString funnelSvg,
            List<StepRow> steps, List<BreakdownView> breakdowns, LeagueView league, List<ProgressView> progress) {
    }

    public record Totals(String submitted, String withdrawn, String drafts, String funds, boolean hasFunds) {
    }

    public record StepRow(String name, String kind, String state, String entered, String waiting, String returned,
            String passed, String rejected, String withdrawn, boolean round) {
    }

    public record BreakdownView(String id, String title, String caption, RawString svg, List<ShareRow> rows, String total,
            boolean hasFunds) {
    }

    public record ShareRow(String name, String count, String share, int rank, String funds) {
    }

    /** {@code countHeader}: "Selected", or "Projects" while nothing is selected yet and submitted ones are counted. */
    public record LeagueView(boolean shown, String basisText, String countHeader, List<String> directions,
            List<CityView> cities) {
    }

    public record CityView(String id, String name, String summary, String caption, String directionCaption, RawString svg,
            List<UnitRow> units, String selected, String applications, String requested, String proposed) {
    }

    public record UnitRow(String name, String applications, String selected, String share, int rank, String requested,
            String proposed, List<String> byDirection) {
    }

    public record ProgressView(long roundId, String name, String state, String summary, String caption, RawString svg,
            List<JudgeRow> judges) {
    }

    public record JudgeRow(String name, String username, boolean active, String done) {
    }

    private DashboardViews() {
    }

    static Dashboard of(Statistics s, Lang lang) {
        StatisticsMsg m = StatisticsService.messages(lang);
        Statistics.Totals t = s.totals();
        Totals totals = new Totals(count(t.submitted()), count(t.withdrawn()), count(t.drafts()),
                funds(t.fundsRequested()), t.fundsRequested() != null);

        List<StepRow> steps = new ArrayList<>();
        List<SvgCharts.Bar> funnel = new ArrayList<>();
        for (Statistics.FunnelStep f : s.funnel()) {
            boolean round = f.roundId() != null;
            steps.add(new StepRow(f.name(), f.kind(), f.state(), count(f.entered()), count(f.waiting()),
                    count(f.returned()), count(f.passed()), count(f.rejected()), count(f.withdrawn()), round));
            funnel.add(round
                    ? SvgCharts.Bar.split(f.name(), f.entered(), f.passed(),
                            f.passed() > 0 ? m.funnel_value(count(f.entered()), count(f.passed())) : count(f.entered()))
                    : SvgCharts.Bar.of(f.name(), f.entered(), count(f.entered())));
        }
        String funnelSvg = SvgCharts.funnel("chart-funnel", m.funnel_chart(s.program()), funnel);

        List<BreakdownView> breakdowns = new ArrayList<>();
        for (Statistics.Breakdown b : s.breakdowns()) {
            String id = "chart-" + b.dimension().toLowerCase(Locale.ROOT);
            List<ShareRow> rows = b.rows().stream().map(r -> new ShareRow(r.name(), count(r.count()), share(r.share()),
                    r.rank(), funds(r.fundsRequested()))).toList();
            List<SvgCharts.Bar> bars = new ArrayList<>();
            List<Statistics.Share> shown = b.rows().size() > CHART_ROWS + 1 ? b.rows().subList(0, CHART_ROWS) : b.rows();
            shown.forEach(r -> bars.add(SvgCharts.Bar.of(r.name(), r.count(), countAndShare(r.count(), r.share()))));
            if (shown.size() < b.rows().size()) {
                List<Statistics.Share> rest = b.rows().subList(shown.size(), b.rows().size());
                long n = rest.stream().mapToLong(Statistics.Share::count).sum();
                bars.add(SvgCharts.Bar.of(m.others(rest.size()), n, countAndShare(n, Shares.percent(n, b.total()))));
            }
            String caption = m.breakdown_chart(b.title());
            breakdowns.add(new BreakdownView(id, b.title(), caption,
                    new RawString(SvgCharts.horizontalBars(id, caption, bars)), rows, count(b.total()), totals.hasFunds()));
        }

        Statistics.League l = s.league();
        boolean submittedOnly = ProposedList.Basis.SUBMITTED.name().equals(l.basis());
        List<CityView> cities = new ArrayList<>();
        for (int i = 0; i < l.cities().size(); i++) {
            Statistics.City c = l.cities().get(i);
            String id = "chart-city-" + (i + 1);
            String caption = submittedOnly ? m.league_chart_projects(c.name()) : m.league_chart(c.name());
            List<SvgCharts.Bar> bars = c.units().stream()
                    .map(u -> SvgCharts.Bar.of(u.name(), u.selected(), countAndShare(u.selected(), u.shareOfCity()))).toList();
            String summary = submittedOnly ? m.city_summary_projects(count(c.applications()))
                    : m.city_summary(count(c.selected()), count(c.applications()));
            String byDirection = submittedOnly ? m.by_direction_caption_projects(c.name())
                    : m.by_direction_caption(c.name());
            List<UnitRow> rows = c.units().stream().map(u -> new UnitRow(u.name(), count(u.applications()),
                    count(u.selected()), share(u.shareOfCity()), u.rankInCity(), funds(u.fundsRequested()),
                    funds(u.fundsProposed()), u.byDirection().stream().map(DashboardViews::count).toList())).toList();
            cities.add(new CityView(id, c.name(), summary, caption, byDirection,
                    new RawString(SvgCharts.horizontalBars(id, caption, bars)), rows, count(c.selected()),
                    count(c.applications()), funds(c.fundsRequested()), funds(c.fundsProposed())));
        }
        LeagueView league = new LeagueView(l.basis() != null, l.basisText(),
                submittedOnly ? m.col_projects() : m.col_selected(), l.directions(), cities);

        List<ProgressView> progress = new ArrayList<>();
        for (Statistics.RoundProgress p : s.progress()) {
            String id = "chart-progress-" + p.roundId();
            String caption = m.progress_chart(p.name());
            List<SvgCharts.Bar> bars = p.judges().stream().map(j -> SvgCharts.Bar.split(j.name(), j.due(),
                    Math.min(j.submitted(), j.due()), count(j.submitted()) + " / " + count(j.due()))).toList();
            progress.add(new ProgressView(p.roundId(), p.name(), p.state(),
                    m.progress_summary(count(p.submitted()), count(p.due())), caption,
                    new RawString(SvgCharts.horizontalBars(id, caption, bars)),
                    p.judges().stream().map(j -> new JudgeRow(j.name(), j.username(), j.active(),
                            count(j.submitted()) + " / " + count(j.due()))).toList()));
        }
        return new Dashboard(s.programId(), s.program(), s.programCode(), totals, new RawString(funnelSvg), steps,
                breakdowns, league, progress);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String countAndShare(long n, BigDecimal percent) {
        return count(n) + " (" + share(percent) + ")";
    }

    static String share(BigDecimal percent) {
        return percent == null ? "—" : percent.toPlainString() + "%";
    }

    static String funds(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(amount);
    }
}
