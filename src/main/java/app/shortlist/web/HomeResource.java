package app.shortlist.web;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import app.shortlist.account.CurrentUser;
import app.shortlist.account.Role;
import app.shortlist.i18n.Lang;
import app.shortlist.program.Program;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.security.Authenticated;

/** The public home page and each signed-in person's workspace. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance home(List<ProgramCard> programs);

        static native TemplateInstance workspace(String roleNames);
    }

    /** What the home page shows of a program, already in the reader's language. */
    public record ProgramCard(long id, String code, String name, String kind, String organiser, String deadline) {
    }

    @Inject
    RequestLanguage language;

    @Inject
    CurrentUser currentUser;

    @GET
    @PermitAll
    public TemplateInstance home() {
        Lang lang = language.get();
        List<ProgramCard> cards = Program.listPublic().stream()
                .map(p -> new ProgramCard(p.id, p.code, p.name.in(lang), p.kind.label().in(lang),
                        p.organiser == null ? null : p.organiser.in(lang), Dates.format(p.submissionDeadline)))
                .toList();
        return Templates.home(cards);
    }

    @GET
    @Path("home")
    @Authenticated
    public TemplateInstance workspace() {
        Msg msg = messages(language.get());
        String roleNames = currentUser.getRoles().stream().map(role -> roleName(msg, role))
                .collect(Collectors.joining(language.isEn() ? ", " : "、"));
        return Templates.workspace(roleNames);
    }

    /**
     * The sign-in link. Being protected, it sends an anonymous visitor to Keycloak
     * (with ui_locales forwarded) and then lands them where they were going
     * ({@code next}, a path on this site) or in their workspace.
     */
    @GET
    @Path("login")
    @Authenticated
    public Response login(@jakarta.ws.rs.QueryParam("next") String next) {
        String target = next == null || next.isBlank() ? "/home" : LanguageResource.safeReturnPath(next);
        return Response.seeOther(URI.create(target)).build();
    }

    static String roleName(Msg msg, String role) {
        return switch (role) {
            case Role.ADMIN -> msg.role_admin();
            case Role.SCREENER -> msg.role_screener();
            case Role.JUDGE -> msg.role_judge();
            case Role.RECOMMENDER -> msg.role_recommender();
            case Role.APPLICANT -> msg.role_applicant();
            default -> role;
        };
    }

    static Msg messages(Lang lang) {
        return MessageBundles.get(Msg.class, Localized.Literal.of(lang.tag()));
    }
}
