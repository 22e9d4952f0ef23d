package app.shortlist.judging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import app.shortlist.account.Role;
import app.shortlist.web.RequestLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The live leaderboard of an on-site round: rank, project, score so far, scorecards in / due; no
 * judge and (on the big screen) nothing but project names. It reloads itself every few seconds
 * with a meta refresh (no script: the CSP allows none inline, and none is needed) until the round
 * is confirmed; from then on it shows the frozen ranking.
 */
@Path("/admin/rounds/{roundId}/leaderboard")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class LeaderboardPage {

    static final int REFRESH_SECONDS = 3;

    @CheckedTemplate(basePath = "ranking")
    static class Templates {
        static native TemplateInstance leaderboard(long roundId, RankingViews.Leaderboard board, int refresh);

        /** Big-screen mode: its own minimal page, without the site's header and navigation. */
        static native TemplateInstance screen(long roundId, RankingViews.Leaderboard board, int refresh);
    }

    @Inject
    RankingViews views;

    @Inject
    RequestLanguage language;

    @GET
    public TemplateInstance show(@PathParam("roundId") long roundId, @QueryParam("screen") String screen) {
        RankingViews.Leaderboard board = views.leaderboard(roundId, language.get());
        boolean big = screen != null && !screen.isBlank() && !screen.equals("0") && !screen.equalsIgnoreCase("false");
        return big ? Templates.screen(roundId, board, REFRESH_SECONDS)
                : Templates.leaderboard(roundId, board, REFRESH_SECONDS);
    }
}
