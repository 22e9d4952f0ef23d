package app.shortlist.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import io.quarkus.security.Authenticated;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Every route of the application, for every kind of caller. A new route that is
 * not in {@link #MATRIX} fails {@link #everyRouteIsInTheMatrix()}; a route without
 * an explicit security annotation fails {@link #everyRouteDeclaresWhoMayCallIt()}.
 */
@QuarkusTest
class AccessMatrixTest {

    static final String ANON = "anonymous";
    static final List<String> CALLERS = List.of(ANON, Role.APPLICANT, Role.SCREENER, Role.JUDGE, Role.RECOMMENDER,
            Role.ADMIN);

    /** Expected status per caller, in the order of {@link #CALLERS}. 302 = sent to the Keycloak login. */
    static final Map<String, int[]> MATRIX = new LinkedHashMap<>();
    static {
        // route                                         anon appl scr  judg rec  adm
        MATRIX.put("GET /", new int[] { 200, 200, 200, 200, 200, 200 });
        MATRIX.put("GET /home", new int[] { 302, 200, 200, 200, 200, 200 });
        MATRIX.put("GET /login", new int[] { 302, 303, 303, 303, 303, 303 });
        MATRIX.put("POST /lang", new int[] { 303, 303, 303, 303, 303, 303 });
        MATRIX.put("POST /logout", new int[] { 303, 303, 303, 303, 303, 303 });
        MATRIX.put("GET /api/v1/me", new int[] { 401, 200, 200, 200, 200, 200 });
        MATRIX.put("GET /api/v1/programs", new int[] { 401, 403, 403, 403, 403, 200 });
        MATRIX.put("GET /api/v1/public/programs", new int[] { 200, 200, 200, 200, 200, 200 });
    }

    @Test
    void everyCallerGetsTheExpectedStatusOnEveryRoute() {
        List<String> failures = new ArrayList<>();
        MATRIX.forEach((route, expected) -> {
            String[] parts = route.split(" ", 2);
            for (int i = 0; i < CALLERS.size(); i++) {
                int actual = call(CALLERS.get(i), parts[0], parts[1]);
                if (actual != expected[i]) {
                    failures.add(route + " as " + CALLERS.get(i) + ": expected " + expected[i] + ", got " + actual);
                }
            }
        });
        assertEquals(List.of(), failures);
    }

    @Test
    void anonymousPageVisitIsSentToKeycloakLoginOfRealmShortlist() {
        String location = given().redirects().follow(false).when().get("/home")
                .then().statusCode(302).extract().header("Location");
        assertTrue(location.contains("/realms/shortlist/protocol/openid-connect/auth"), location);
        assertTrue(location.contains("client_id=shortlist-web"), location);
    }

    @Test
    void signInLinkForwardsThePageLanguageToKeycloak() {
        String location = given().redirects().follow(false).queryParam("ui_locales", "en").when().get("/login")
                .then().statusCode(302).extract().header("Location");
        assertTrue(location.contains("ui_locales=en"), location);
    }

    @Test
    void everyRouteIsInTheMatrix() throws IOException {
        Set<String> discovered = new TreeSet<>(routes().keySet());
        assertEquals(discovered, new TreeSet<>(MATRIX.keySet()),
                "AccessMatrixTest.MATRIX must list exactly the application's routes");
    }

    @Test
    void everyRouteDeclaresWhoMayCallIt() throws IOException {
        List<String> unguarded = routes().entrySet().stream()
                .filter(e -> !hasSecurityAnnotation(e.getValue()))
                .map(Map.Entry::getKey).toList();
        assertEquals(List.of(), unguarded);
    }

    private int call(String caller, String method, String path) {
        RequestSpecification request = given().redirects().follow(false);
        if (!caller.equals(ANON)) {
            request.auth().oauth2(TestTokens.forRole(caller));
        }
        if (method.equals("POST") && !path.startsWith("/api/")) {
            Csrf.Token token = Csrf.from("/");
            request = token.on(request.contentType(ContentType.URLENC));
        }
        return request.request(method, path).statusCode();
    }

    /** The application's own JAX-RS resource methods, from the compiled main classes. */
    static Map<String, Method> routes() throws IOException {
        Path classes = Path.of("target/classes");
        Map<String, Method> routes = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, AccessMatrixTest.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                jakarta.ws.rs.Path classPath = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (classPath == null) {
                    continue;
                }
                for (Method m : type.getDeclaredMethods()) {
                    String verb = verb(m);
                    if (verb == null) {
                        continue;
                    }
                    jakarta.ws.rs.Path methodPath = m.getAnnotation(jakarta.ws.rs.Path.class);
                    routes.put(verb + " " + join(classPath.value(), methodPath == null ? "" : methodPath.value()), m);
                }
            }
        }
        return routes;
    }

    private static String verb(Method m) {
        for (Class<? extends Annotation> a : List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class)) {
            if (m.isAnnotationPresent(a)) {
                return a.getSimpleName();
            }
        }
        return null;
    }

    private static String join(String a, String b) {
        String joined = ("/" + a + "/" + b).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static boolean hasSecurityAnnotation(Method m) {
        for (Class<? extends Annotation> a : List.of(RolesAllowed.class, PermitAll.class, DenyAll.class,
                Authenticated.class)) {
            if (m.isAnnotationPresent(a) || m.getDeclaringClass().isAnnotationPresent(a)) {
                return true;
            }
        }
        return false;
    }
}
