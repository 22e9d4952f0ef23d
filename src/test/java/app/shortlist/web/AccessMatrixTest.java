package app.shortlist.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import org.jboss.resteasy.reactive.server.core.Deployment;
import org.jboss.resteasy.reactive.server.handlers.ClassRoutingHandler;
import org.jboss.resteasy.reactive.server.handlers.RestInitialHandler;
import org.jboss.resteasy.reactive.server.mapping.RequestMapper;
import org.jboss.resteasy.reactive.server.mapping.RuntimeResource;
import org.jboss.resteasy.reactive.server.spi.ServerRestHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.i18n.LocalizedText;
import app.shortlist.program.Program;
import app.shortlist.program.ProgramKind;
import app.shortlist.program.ProgramTemplates;
import app.shortlist.support.DatabaseSnapshot;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.resteasy.reactive.server.runtime.ResteasyReactiveRecorder;
import io.quarkus.security.Authenticated;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Every route of the application, for every kind of caller. A route Quarkus REST serves that is
 * not in {@link #MATRIX} fails {@link #everyRouteIsInTheMatrix()}; a route without
 * an explicit security annotation fails {@link #everyRouteDeclaresWhoMayCallIt()}. A new route is
 * appended at the end of MATRIX, then docs/access-matrix.md is refreshed (see
 * {@link #theMatrixIsPrintedAndItsCopyInTheDocsIsCurrent()}). Object-level rules: {@link ObjectAccessTest}.
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
        // program — {programId} is a draft program with a deadline ahead; rows run in this order, as admin last
        MATRIX.put("GET /programs/{programId}", new int[] { 404, 404, 404, 404, 404, 200 });
        MATRIX.put("GET /api/v1/programs/{programId}", new int[] { 401, 404, 404, 404, 404, 200 });
        MATRIX.put("GET /admin/programs", new int[] { 302, 403, 403, 403, 403, 200 });
        MATRIX.put("POST /admin/programs/from-template", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("GET /admin/programs/{programId}", new int[] { 302, 403, 403, 403, 403, 200 });
        MATRIX.put("GET /admin/programs/{programId}/edit", new int[] { 302, 403, 403, 403, 403, 200 });
        MATRIX.put("POST /admin/programs/{programId}/open", new int[] { 302, 403, 403, 403, 403, 303 });
        MATRIX.put("POST /admin/programs/{programId}/close", new int[] { 302, 403, 403, 403, 403, 303 });
        MATRIX.put("POST /admin/programs/{programId}/deadline", new int[] { 302, 403, 403, 403, 403, 422 });
        MATRIX.put("POST /admin/programs/{programId}/edit", new int[] { 302, 403, 403, 403, 403, 409 });
        MATRIX.put("POST /api/v1/programs", new int[] { 401, 403, 403, 403, 403, 422 });
        MATRIX.put("PUT /api/v1/programs/{programId}", new int[] { 401, 403, 403, 403, 403, 428 });
        MATRIX.put("POST /api/v1/programs/from-template/{templateId}", new int[] { 401, 403, 403, 403, 403, 201 });
        MATRIX.put("POST /api/v1/programs/{programId}/open", new int[] { 401, 403, 403, 403, 403, 200 });
        MATRIX.put("POST /api/v1/programs/{programId}/close", new int[] { 401, 403, 403, 403, 403, 200 });
        MATRIX.put("POST /api/v1/programs/{programId}/deadline", new int[] { 401, 403, 403, 403, 403, 422 });
        MATRIX.put("GET /api/v1/program-templates", new int[] { 401, 403, 403, 403, 403, 200 });
        // application — {applicationId} and {attachmentId} do not exist: the role rules answer first,
        // then "not found"; who may read whose application is tested in application/*Test.
        MATRIX.put("POST /programs/{programId}/applications", new int[] { 302, 409, 403, 403, 403, 403 });
        MATRIX.put("GET /applications", new int[] { 302, 200, 403, 403, 403, 403 });
        MATRIX.put("GET /applications/{applicationId}", new int[] { 302, 404, 403, 403, 403, 403 });
        MATRIX.put("GET /applications/{applicationId}/edit", new int[] { 302, 404, 403, 403, 403, 403 });
        MATRIX.put("POST /applications/{applicationId}/edit", new int[] { 302, 400, 403, 403, 403, 403 });
        MATRIX.put("POST /applications/{applicationId}/attachments", new int[] { 302, 404, 403, 403, 403, 403 });
        MATRIX.put("GET /applications/{applicationId}/attachments/{attachmentId}", new int[] { 302, 404, 404, 403, 404, 404 });
        MATRIX.put("POST /applications/{applicationId}/attachments/{attachmentId}/delete", new int[] { 302, 404, 403, 403, 403, 403 });
        MATRIX.put("GET /applications/{applicationId}/withdraw", new int[] { 302, 404, 403, 403, 403, 403 });
        MATRIX.put("POST /applications/{applicationId}/withdraw", new int[] { 302, 404, 403, 403, 403, 403 });
        MATRIX.put("GET /api/v1/programs/{programId}/applications", new int[] { 401, 200, 200, 403, 403, 200 });
        MATRIX.put("POST /api/v1/programs/{programId}/applications", new int[] { 401, 409, 403, 403, 403, 403 });
        MATRIX.put("GET /api/v1/applications/{applicationId}", new int[] { 401, 404, 404, 403, 403, 404 });
        MATRIX.put("PUT /api/v1/applications/{applicationId}", new int[] { 401, 400, 403, 403, 403, 403 });
        MATRIX.put("POST /api/v1/applications/{applicationId}/submit", new int[] { 401, 404, 403, 403, 403, 403 });
        MATRIX.put("POST /api/v1/applications/{applicationId}/withdraw", new int[] { 401, 404, 403, 403, 403, 403 });
        MATRIX.put("POST /api/v1/applications/{applicationId}/extension", new int[] { 401, 403, 403, 403, 403, 400 });
        MATRIX.put("GET /api/v1/applications/{applicationId}/attachments", new int[] { 401, 404, 404, 403, 403, 404 });
        MATRIX.put("POST /api/v1/applications/{applicationId}/attachments", new int[] { 401, 404, 403, 403, 403, 403 });
        MATRIX.put("GET /api/v1/applications/{applicationId}/attachments/{attachmentId}", new int[] { 401, 404, 404, 403, 404, 404 });
        MATRIX.put("DELETE /api/v1/applications/{applicationId}/attachments/{attachmentId}", new int[] { 401, 404, 403, 403, 403, 403 });
        MATRIX.put("GET /api/v1/me/applications", new int[] { 401, 200, 403, 403, 403, 403 });
        MATRIX.put("GET /admin/programs/{programId}/applications", new int[] { 302, 403, 200, 403, 403, 200 });
        MATRIX.put("GET /admin/applications/{applicationId}", new int[] { 302, 403, 404, 403, 403, 404 });
        MATRIX.put("POST /admin/applications/{applicationId}/extension", new int[] { 302, 403, 403, 403, 403, 404 });
        // program form — the POST carries only the CSRF token: no version, so refused as unreadable input
        MATRIX.put("GET /admin/programs/{programId}/form", new int[] { 302, 403, 403, 403, 403, 200 });
        MATRIX.put("POST /admin/programs/{programId}/form", new int[] { 302, 403, 403, 403, 403, 400 });
        // demo data — {kind} is unknown and {jobId} does not exist; both data sets are marked generated
        // (see fixtures), so no real job starts here
        MATRIX.put("GET /admin/demo-data", new int[] { 302, 403, 403, 403, 403, 200 });
        MATRIX.put("POST /admin/demo-data/hangzhou", new int[] { 302, 403, 403, 403, 403, 409 });
        MATRIX.put("POST /admin/demo-data/jiangxi", new int[] { 302, 403, 403, 403, 403, 409 });
        MATRIX.put("POST /admin/demo-data/synthetic", new int[] { 302, 403, 403, 403, 403, 422 });
        MATRIX.put("GET /admin/jobs/{jobId}", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /api/v1/demo-data/{kind}", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("GET /api/v1/jobs/{jobId}", new int[] { 401, 403, 403, 403, 403, 404 });
        // program structure — the POST carries only the CSRF token: no version, so refused as unreadable input
        MATRIX.put("GET /admin/programs/{programId}/structure", new int[] { 302, 403, 403, 403, 403, 200 });
        MATRIX.put("POST /admin/programs/{programId}/structure", new int[] { 302, 403, 403, 403, 403, 400 });
        // judging: the judge's scorecards (judging.JudgingPage, ScorecardResource, JudgeAssignmentResource,
        // MyAssignmentsResource) and the admin's scorecard view and reopening — {assignmentId} and {scorecardId}
        // do not exist; who sees whose assignment is tested in judging/*Test
        MATRIX.put("GET /judging", new int[] { 302, 403, 403, 200, 403, 403 });
        MATRIX.put("GET /judging/assignments/{assignmentId}", new int[] { 302, 403, 403, 404, 403, 403 });
        MATRIX.put("POST /judging/assignments/{assignmentId}", new int[] { 302, 403, 403, 404, 403, 403 });
        MATRIX.put("POST /judging/assignments/{assignmentId}/autosave", new int[] { 302, 403, 403, 404, 403, 403 });
        MATRIX.put("GET /judging/assignments/{assignmentId}/attachments/{attachmentId}", new int[] { 302, 403, 403, 404, 403, 403 });
        MATRIX.put("GET /api/v1/me/assignments", new int[] { 401, 403, 403, 200, 403, 403 });
        MATRIX.put("GET /api/v1/assignments/{assignmentId}", new int[] { 401, 403, 403, 404, 403, 403 });
        MATRIX.put("GET /api/v1/assignments/{assignmentId}/scorecard", new int[] { 401, 403, 403, 404, 403, 403 });
        MATRIX.put("PUT /api/v1/assignments/{assignmentId}/scorecard", new int[] { 401, 403, 403, 404, 403, 403 });
        MATRIX.put("POST /api/v1/assignments/{assignmentId}/scorecard/submit", new int[] { 401, 403, 403, 404, 403, 403 });
        MATRIX.put("POST /api/v1/scorecards/{scorecardId}/reopen", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("GET /admin/rounds/{roundId}/scorecards", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /admin/scorecards/{scorecardId}/reopen", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("GET /api/v1/rounds/{roundId}/scorecards", new int[] { 401, 403, 403, 403, 403, 404 });
        // ranking, advancement, leaderboard — admin only; the POSTs carry no applicationId / version, so the
        // admin's are refused as unreadable input (400) before the (missing) round is looked up
        MATRIX.put("GET /admin/rounds/{roundId}/ranking", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /admin/rounds/{roundId}/ranking/override", new int[] { 302, 403, 403, 403, 403, 400 });
        MATRIX.put("POST /admin/rounds/{roundId}/ranking/override/remove", new int[] { 302, 403, 403, 403, 403, 400 });
        MATRIX.put("POST /admin/rounds/{roundId}/ranking/confirm", new int[] { 302, 403, 403, 403, 403, 400 });
        MATRIX.put("GET /admin/rounds/{roundId}/leaderboard", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("GET /api/v1/rounds/{roundId}/ranking", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /api/v1/rounds/{roundId}/advancement/overrides", new int[] { 401, 403, 403, 403, 403, 400 });
        MATRIX.put("DELETE /api/v1/rounds/{roundId}/advancement/overrides/{applicationId}", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /api/v1/rounds/{roundId}/advancement", new int[] { 401, 403, 403, 403, 403, 400 });
        // screening — {roundId} and {entryId} do not exist, so staff get 404 once the role rule lets them in;
        // a body-less decision is refused as input first (422); an empty checklist or reason list is a valid save
        MATRIX.put("GET /screening", new int[] { 302, 403, 200, 403, 403, 200 });
        MATRIX.put("GET /screening/rounds/{roundId}", new int[] { 302, 403, 404, 403, 403, 404 });
        MATRIX.put("POST /screening/rounds/{roundId}/bulk", new int[] { 302, 403, 404, 403, 403, 404 });
        MATRIX.put("POST /screening/rounds/{roundId}/open", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /screening/rounds/{roundId}/close", new int[] { 302, 403, 404, 403, 403, 404 });
        MATRIX.put("GET /screening/entries/{entryId}", new int[] { 302, 403, 404, 403, 403, 404 });
        MATRIX.put("POST /screening/entries/{entryId}/pass", new int[] { 302, 403, 404, 403, 403, 404 });
        MATRIX.put("POST /screening/entries/{entryId}/reject", new int[] { 302, 403, 404, 403, 403, 404 });
        MATRIX.put("POST /screening/entries/{entryId}/return", new int[] { 302, 403, 404, 403, 403, 404 });
        MATRIX.put("GET /screening/programs/{programId}/setup", new int[] { 302, 403, 403, 403, 403, 200 });
        MATRIX.put("POST /screening/programs/{programId}/setup/checklist", new int[] { 302, 403, 403, 403, 403, 303 });
        MATRIX.put("POST /screening/programs/{programId}/setup/reasons", new int[] { 302, 403, 403, 403, 403, 303 });
        MATRIX.put("POST /api/v1/applications/{applicationId}/screening", new int[] { 401, 403, 422, 403, 403, 422 });
        MATRIX.put("GET /api/v1/rounds/{roundId}/screening/entries", new int[] { 401, 403, 404, 403, 403, 404 });
        MATRIX.put("POST /api/v1/rounds/{roundId}/screening/bulk", new int[] { 401, 403, 422, 403, 403, 422 });
        MATRIX.put("POST /api/v1/rounds/{roundId}/screening/open", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /api/v1/rounds/{roundId}/screening/close", new int[] { 401, 403, 404, 403, 403, 404 });
        // judging: rounds, judge registry and pool, conflicts, assignment, progress — {roundId}, {memberId},
        // {judgeId}, {conflictId} and {assignmentId} do not exist; judge1 is not in the expert registry
        MATRIX.put("GET /admin/rounds/{roundId}", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /admin/rounds/{roundId}/settings", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /admin/rounds/{roundId}/rubric", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /admin/rounds/{roundId}/open", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /admin/rounds/{roundId}/close", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /admin/rounds/{roundId}/reopen", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("GET /admin/rounds/{roundId}/judges", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /admin/rounds/{roundId}/judges", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /admin/rounds/{roundId}/judges/{memberId}/panels", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /admin/rounds/{roundId}/judges/{memberId}/drop", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /admin/rounds/{roundId}/judges/{memberId}/reactivate", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("GET /admin/judges", new int[] { 302, 403, 403, 403, 403, 200 });
        MATRIX.put("POST /admin/judges", new int[] { 302, 403, 403, 403, 403, 422 });
        MATRIX.put("GET /admin/judges/{judgeId}", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /admin/judges/{judgeId}", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("GET /judging/conflicts", new int[] { 302, 403, 403, 200, 403, 403 });
        MATRIX.put("POST /judging/conflicts", new int[] { 302, 403, 403, 409, 403, 403 });
        MATRIX.put("POST /judging/conflicts/{conflictId}/delete", new int[] { 302, 403, 403, 409, 403, 403 });
        MATRIX.put("GET /admin/rounds/{roundId}/assignments", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /admin/rounds/{roundId}/assignments/run", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /admin/rounds/{roundId}/assignments/manual", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("GET /admin/rounds/{roundId}/progress", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /admin/rounds/{roundId}/progress/reminders", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("GET /api/v1/programs/{programId}/rounds", new int[] { 401, 403, 403, 403, 403, 200 });
        MATRIX.put("GET /api/v1/rounds/{roundId}", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("PUT /api/v1/rounds/{roundId}", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /api/v1/rounds/{roundId}/open", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /api/v1/rounds/{roundId}/close", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /api/v1/rounds/{roundId}/reopen", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("GET /api/v1/rounds/{roundId}/progress", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("GET /api/v1/rounds/{roundId}/assignments", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /api/v1/rounds/{roundId}/assignments", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /api/v1/rounds/{roundId}/assignments/manual", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /api/v1/assignments/{assignmentId}/recuse", new int[] { 401, 403, 403, 404, 403, 403 });
        MATRIX.put("POST /judging/assignments/{assignmentId}/recuse", new int[] { 302, 403, 403, 404, 403, 403 });
        // page actions by API: expert registry, round pool, a judge's own conflicts (judge1 is not in the registry,
        // so 409), screening setup (a body-less PUT is unreadable input), reminders
        MATRIX.put("GET /api/v1/judges", new int[] { 401, 403, 403, 403, 403, 200 });
        MATRIX.put("POST /api/v1/judges", new int[] { 401, 403, 403, 403, 403, 422 });
        MATRIX.put("GET /api/v1/judges/{judgeId}", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("PUT /api/v1/judges/{judgeId}", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("GET /api/v1/rounds/{roundId}/judges", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /api/v1/rounds/{roundId}/judges", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("PUT /api/v1/rounds/{roundId}/judges/{memberId}", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /api/v1/rounds/{roundId}/judges/{memberId}/drop", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /api/v1/rounds/{roundId}/judges/{memberId}/reactivate", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("GET /api/v1/me/conflicts", new int[] { 401, 403, 403, 200, 403, 403 });
        MATRIX.put("POST /api/v1/me/conflicts", new int[] { 401, 403, 403, 409, 403, 403 });
        MATRIX.put("DELETE /api/v1/me/conflicts/{conflictId}", new int[] { 401, 403, 403, 409, 403, 403 });
        MATRIX.put("GET /api/v1/programs/{programId}/screening-setup", new int[] { 401, 403, 403, 403, 403, 200 });
        MATRIX.put("PUT /api/v1/programs/{programId}/screening-setup", new int[] { 401, 403, 403, 403, 403, 400 });
        MATRIX.put("POST /api/v1/rounds/{roundId}/progress/reminders", new int[] { 401, 403, 403, 403, 403, 404 });
        // recommendation (funding.*) — {unitId}, {entryId}, {roundId}, {memberId} do not exist; the matrix's
        // recommender is bound to no unit. Who sees which unit is tested in funding/*Test
        MATRIX.put("GET /recommendation", new int[] { 302, 403, 403, 403, 200, 200 });
        MATRIX.put("GET /recommendation/units/{unitId}", new int[] { 302, 403, 403, 403, 404, 404 });
        MATRIX.put("POST /recommendation/units/{unitId}/submit", new int[] { 302, 403, 403, 403, 404, 403 });
        MATRIX.put("POST /recommendation/units/{unitId}/return", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("GET /recommendation/rounds/{roundId}", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /recommendation/rounds/{roundId}/open", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /recommendation/rounds/{roundId}/close", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("GET /recommendation/entries/{entryId}", new int[] { 302, 403, 403, 403, 404, 404 });
        MATRIX.put("POST /recommendation/entries/{entryId}/opinion", new int[] { 302, 403, 403, 403, 404, 403 });
        MATRIX.put("POST /recommendation/entries/{entryId}/unrecommend", new int[] { 302, 403, 403, 403, 404, 403 });
        MATRIX.put("POST /recommendation/entries/{entryId}/move", new int[] { 302, 403, 403, 403, 404, 403 });
        MATRIX.put("POST /recommendation/entries/{entryId}/return", new int[] { 302, 403, 403, 403, 404, 403 });
        MATRIX.put("GET /admin/programs/{programId}/units", new int[] { 302, 403, 403, 403, 403, 200 });
        MATRIX.put("POST /admin/programs/{programId}/units", new int[] { 302, 403, 403, 403, 403, 422 });
        MATRIX.put("POST /admin/programs/{programId}/units/{memberId}/delete", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("GET /api/v1/units/{unitId}/recommendations", new int[] { 401, 403, 403, 403, 404, 404 });
        MATRIX.put("PUT /api/v1/units/{unitId}/recommendations", new int[] { 401, 403, 403, 403, 400, 403 });
        MATRIX.put("POST /api/v1/units/{unitId}/recommendations/submit", new int[] { 401, 403, 403, 403, 404, 403 });
        MATRIX.put("POST /api/v1/units/{unitId}/recommendations/return", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /api/v1/units/{unitId}/recommendations/{applicationId}/correction", new int[] { 401, 403, 403, 403, 404, 403 });
        MATRIX.put("GET /api/v1/rounds/{roundId}/recommendations", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /api/v1/rounds/{roundId}/recommendations/open", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /api/v1/rounds/{roundId}/recommendations/close", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("GET /api/v1/programs/{programId}/unit-members", new int[] { 401, 403, 403, 403, 403, 200 });
        MATRIX.put("POST /api/v1/programs/{programId}/unit-members", new int[] { 401, 403, 403, 403, 403, 422 });
        MATRIX.put("DELETE /api/v1/programs/{programId}/unit-members/{memberId}", new int[] { 401, 403, 403, 403, 403, 404 });
        // exports (issue 5): the staff list (same callers as the list) and a round's ranking (admins)
        MATRIX.put("GET /admin/programs/{programId}/applications/export", new int[] { 302, 403, 200, 403, 403, 200 });
        MATRIX.put("GET /api/v1/programs/{programId}/applications/export", new int[] { 401, 403, 200, 403, 403, 200 });
        MATRIX.put("GET /admin/rounds/{roundId}/ranking/export", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("GET /api/v1/rounds/{roundId}/ranking/export", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("GET /results/{listId}/v/{n}/export", new int[] { 404, 404, 404, 404, 404, 404 });
        MATRIX.put("GET /api/v1/public/result-lists/{listId}/versions/{n}/export", new int[] { 404, 404, 404, 404, 404, 404 });
        // results — result lists, publication, public notice and objections ({listId}, {objectionId}, {n} do not exist)
        MATRIX.put("GET /api/v1/programs/{programId}/result-lists", new int[] { 401, 403, 403, 403, 403, 200 });
        MATRIX.put("POST /api/v1/programs/{programId}/result-lists", new int[] { 401, 403, 403, 403, 403, 400 });
        MATRIX.put("GET /api/v1/result-lists/{listId}", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("PUT /api/v1/result-lists/{listId}/rows/{applicationId}", new int[] { 401, 403, 403, 403, 403, 400 });
        MATRIX.put("POST /api/v1/result-lists/{listId}/rows/{applicationId}/remove", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /api/v1/result-lists/{listId}/rows", new int[] { 401, 403, 403, 403, 403, 400 });
        MATRIX.put("POST /api/v1/result-lists/{listId}/publish", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("GET /api/v1/result-lists/{listId}/objections", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /api/v1/result-lists/{listId}/objections", new int[] { 401, 400, 400, 400, 400, 400 });
        MATRIX.put("POST /api/v1/result-lists/{listId}/objections/{objectionId}/resolution", new int[] { 401, 403, 403, 403, 403, 400 });
        MATRIX.put("GET /api/v1/public/result-lists/{listId}", new int[] { 404, 404, 404, 404, 404, 404 });
        MATRIX.put("GET /api/v1/public/result-lists/{listId}/versions/{n}", new int[] { 404, 404, 404, 404, 404, 404 });
        MATRIX.put("GET /admin/programs/{programId}/results", new int[] { 302, 403, 403, 403, 403, 200 });
        MATRIX.put("POST /admin/programs/{programId}/results", new int[] { 302, 403, 403, 403, 403, 422 });
        MATRIX.put("GET /admin/results/{listId}", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /admin/results/{listId}/rows/{applicationId}/amount", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /admin/results/{listId}/rows/{applicationId}/remove", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /admin/results/{listId}/rows/add", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /admin/results/{listId}/publish", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("POST /admin/results/{listId}/objections/{objectionId}/resolve", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("GET /admin/results/{listId}/objections/{objectionId}/evidence", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("GET /results", new int[] { 200, 200, 200, 200, 200, 200 });
        MATRIX.put("GET /results/{listId}", new int[] { 404, 404, 404, 404, 404, 404 });
        MATRIX.put("GET /results/{listId}/v/{n}", new int[] { 404, 404, 404, 404, 404, 404 });
        MATRIX.put("GET /results/{listId}/objection", new int[] { 302, 404, 404, 404, 404, 404 });
        MATRIX.put("POST /results/{listId}/objection", new int[] { 302, 404, 404, 404, 404, 404 });
        // statistics — the admin's dashboard and its numbers in the API
        MATRIX.put("GET /admin/programs/{programId}/dashboard", new int[] { 302, 403, 403, 403, 403, 200 });
        MATRIX.put("GET /api/v1/programs/{programId}/statistics", new int[] { 401, 403, 403, 403, 403, 200 });
        // audit trail — admins only, not screeners: the trail names judges and blind scorecards
        MATRIX.put("GET /admin/audit", new int[] { 302, 403, 403, 403, 403, 200 });
        MATRIX.put("GET /admin/audit/verify", new int[] { 302, 403, 403, 403, 403, 200 });
        MATRIX.put("GET /admin/programs/{programId}/audit", new int[] { 302, 403, 403, 403, 403, 200 });
        MATRIX.put("GET /admin/programs/{programId}/audit/export", new int[] { 302, 403, 403, 403, 403, 200 });
        MATRIX.put("GET /admin/applications/{applicationId}/audit", new int[] { 302, 403, 403, 403, 403, 404 });
        MATRIX.put("GET /api/v1/audit/verify", new int[] { 401, 403, 403, 403, 403, 200 });
        MATRIX.put("GET /api/v1/programs/{programId}/audit", new int[] { 401, 403, 403, 403, 403, 200 });
        MATRIX.put("GET /api/v1/applications/{applicationId}/audit", new int[] { 401, 403, 403, 403, 403, 404 });
        // objections by API: one objection and its evidence, for an admin or the objector ({objectionId} does not exist)
        MATRIX.put("GET /api/v1/result-lists/{listId}/objections/{objectionId}", new int[] { 401, 404, 404, 404, 404, 404 });
        MATRIX.put("GET /api/v1/result-lists/{listId}/objections/{objectionId}/evidence", new int[] { 401, 404, 404, 404, 404, 404 });
        // recommendation lists as files: a unit's (its recommender, admins) and a round's across units (admins)
        MATRIX.put("GET /api/v1/units/{unitId}/recommendations/export", new int[] { 401, 403, 403, 403, 404, 404 });
        MATRIX.put("GET /api/v1/rounds/{roundId}/recommendations/export", new int[] { 401, 403, 403, 403, 403, 404 });
        MATRIX.put("GET /recommendation/units/{unitId}/export", new int[] { 302, 403, 403, 403, 404, 404 });
        MATRIX.put("GET /recommendation/rounds/{roundId}/export", new int[] { 302, 403, 403, 403, 403, 404 });
        // published lists for anyone, and an application's outcomes for its owner and staff
        MATRIX.put("GET /api/v1/public/result-lists", new int[] { 200, 200, 200, 200, 200, 200 });
        MATRIX.put("GET /api/v1/applications/{applicationId}/outcomes", new int[] { 401, 404, 404, 403, 403, 404 });
        // an applicant's own scores and anonymised comments of confirmed rounds, for the owner alone
        MATRIX.put("GET /api/v1/applications/{applicationId}/scores", new int[] { 401, 404, 403, 403, 403, 403 });
    }

    /**
     * Values for the path parameters of {@link #MATRIX}'s routes ({@code {programId}} …), filled
     * by {@link #fixtures()} before each test; a route with a parameter not listed here fails.
     */
    static final Map<String, String> PARAMS = new LinkedHashMap<>();

    @BeforeEach
    void fixtures() {
        PARAMS.clear();
        PARAMS.put("templateId", ProgramTemplates.HANGZHOU_2024);
        PARAMS.put("applicationId", "987654321");
        PARAMS.put("kind", "unknown");
        PARAMS.put("jobId", "987654323");
        PARAMS.put("attachmentId", "987654322");
        // rounds in motion: ids that do not exist (object-level tests live with each feature)
        PARAMS.put("roundId", "987654330");
        PARAMS.put("entryId", "987654331");
        PARAMS.put("judgeId", "987654332");
        PARAMS.put("assignmentId", "987654333");
        PARAMS.put("scorecardId", "987654334");
        PARAMS.put("conflictId", "987654335");
        PARAMS.put("memberId", "987654336");
        PARAMS.put("listId", "987654350");
        PARAMS.put("objectionId", "987654351");
        PARAMS.put("n", "1");
        PARAMS.put("unitId", "987654340");
        PARAMS.put("programId", String.valueOf(QuarkusTransaction.requiringNew().call(() -> {
            Program p = new Program();
            p.code = "MATRIX";
            p.kind = ProgramKind.COMPETITION;
            p.name = new LocalizedText("权限测试", "Access matrix");
            p.submissionDeadline = Instant.now().plus(Duration.ofDays(30));
            p.persist();
            return p.id;
        })));
        long programId = Long.parseLong(PARAMS.get("programId"));
        QuarkusTransaction.requiringNew().run(() -> {
            for (String key : new String[] { "demo-hangzhou", "demo-jiangxi" }) {
                app.shortlist.demo.Job job = new app.shortlist.demo.Job();
                job.kind = key;
                job.status = app.shortlist.demo.JobStatus.DONE;
                job.exclusiveKey = key;
                job.programId = programId;
                job.startedBy = "admin";
                job.createdAt = Instant.now();
                job.updatedAt = job.createdAt;
                job.persist();
            }
        });
    }

    @AfterEach
    void wipe() {
        TestData.wipe();
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
    void noGetChangesAnythingForAnyCaller() {
        Map<String, List<String>> before = DatabaseSnapshot.take();
        assertTrue(before.get("program").size() == 1 && before.get("job").size() == 2, before.toString());
        MATRIX.keySet().stream().filter(route -> route.startsWith("GET ")).forEach(route -> {
            for (String caller : CALLERS) {
                call(caller, "GET", route.substring(4));
            }
        });
        assertEquals(before, DatabaseSnapshot.take());
    }

    /** Without a token, with a made-up one, or with another visitor's: refused (400) before anything runs. */
    @Test
    void everyPagePostWithoutAGenuineCsrfTokenIsRefusedAndWritesNothing() {
        Map<String, List<String>> before = DatabaseSnapshot.take();
        Csrf.Token genuine = Csrf.from("/");
        Csrf.Token other = Csrf.from("/");
        List<String> failures = new ArrayList<>();
        MATRIX.forEach((route, expected) -> {
            if (!route.startsWith("POST ") || route.startsWith("POST /api/")) {
                return;
            }
            String caller = firstAdmitted(expected);
            String path = withParams(route.substring(5));
            boolean multipart = consumesMultipart(route);
            Map<String, Csrf.Token> attempts = new LinkedHashMap<>();
            attempts.put("no token", null);
            attempts.put("a made-up token", new Csrf.Token("bm90LWEtdG9rZW4", "bm90LWEtdG9rZW4"));
            attempts.put("another visitor's field", new Csrf.Token(genuine.cookie(), other.field()));
            attempts.forEach((attempt, token) -> {
                RequestSpecification request = given().redirects().follow(false);
                if (!caller.equals(ANON)) {
                    request.auth().oauth2(TestTokens.forRole(caller));
                }
                if (token != null) {
                    request.cookie(Csrf.COOKIE, token.cookie());
                }
                if (multipart) {
                    request.multiPart("file", "a.pdf", new byte[] { '%', 'P', 'D', 'F', '-' }, "application/pdf");
                    if (token != null) {
                        request.multiPart(Csrf.FIELD, token.field());
                    }
                } else {
                    request.contentType(ContentType.URLENC).formParam("version", "0");
                    if (token != null) {
                        request.formParam(Csrf.FIELD, token.field());
                    }
                }
                int status = request.post(path).statusCode();
                if (status != 400) {
                    failures.add(route + " as " + caller + " with " + attempt + ": " + status);
                }
            });
        });
        assertEquals(List.of(), failures);
        assertEquals(before, DatabaseSnapshot.take());
    }

    /**
     * CSRF through the API: a browser signed in to the pages carries a session cookie, which the API's bearer-only
     * tenant never accepts — so a forged cross-site POST to /api/v1 is unauthenticated and writes nothing.
     */
    @Test
    void aBrowserSessionCookieNeverAuthenticatesAnApiCall() {
        // the code flow against the mock provider, whose token endpoint signs in the username given as the code
        io.restassured.response.Response signIn = given().redirects().follow(false).get("/home");
        String state = java.net.URLDecoder.decode(signIn.header("Location").replaceAll(".*[?&]state=([^&]*).*", "$1"),
                java.nio.charset.StandardCharsets.UTF_8);
        Map<String, String> authCookies = signIn.cookies();
        Map<String, String> session = given().redirects().follow(false).cookies(authCookies)
                .queryParam("code", "admin").queryParam("state", state).get("/home").then().statusCode(302)
                .extract().cookies();
        assertTrue(session.keySet().stream().anyMatch(name -> name.startsWith("q_session")), session.toString());
        given().redirects().follow(false).cookies(session).get("/admin/programs").then().statusCode(200);

        Map<String, List<String>> before = DatabaseSnapshot.take();
        given().redirects().follow(false).cookies(session).contentType(ContentType.JSON)
                .post("/api/v1/programs/from-template/" + ProgramTemplates.HANGZHOU_2024).then().statusCode(401);
        given().redirects().follow(false).cookies(session).contentType(ContentType.JSON)
                .post("/api/v1/programs/" + PARAMS.get("programId") + "/open").then().statusCode(401);
        given().redirects().follow(false).cookies(session).get("/api/v1/programs").then().statusCode(401);
        assertEquals(before, DatabaseSnapshot.take());
    }

    /** The first caller the role rule lets through (so the CSRF check, not the role, decides). */
    static String firstAdmitted(int[] expected) {
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != 302 && expected[i] != 401 && expected[i] != 403) {
                return CALLERS.get(i);
            }
        }
        return Role.ADMIN;
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
    void signInReturnsToThePageTheVisitorCameFromButNeverOffSite() {
        String applicant = TestTokens.forRole(Role.APPLICANT);
        String back = given().redirects().follow(false).auth().oauth2(applicant).queryParam("next", "/programs/7")
                .when().get("/login").then().statusCode(303).extract().header("Location");
        assertTrue(back.endsWith("/programs/7"), back);
        String offSite = given().redirects().follow(false).auth().oauth2(applicant)
                .queryParam("next", "//evil.example/x").when().get("/login").then().statusCode(303)
                .extract().header("Location");
        assertTrue(java.net.URI.create(offSite).getHost().equals("localhost") && offSite.endsWith("/"), offSite);
    }

    @Test
    void everyRouteIsInTheMatrix() throws IOException {
        Set<String> served = new TreeSet<>(servedRoutes());
        Set<String> declared = new TreeSet<>(routes().keySet());
        assertEquals(List.of(), difference(served, MATRIX.keySet()),
                "routes Quarkus REST serves that have no row in AccessMatrixTest.MATRIX: append one");
        assertEquals(List.of(), difference(MATRIX.keySet(), served),
                "rows of AccessMatrixTest.MATRIX for routes Quarkus REST does not serve: remove them");
        assertEquals(served, declared, "the routes Quarkus REST serves and the resource methods in target/classes differ");
    }

    @Test
    void theMatrixIsPrintedAndItsCopyInTheDocsIsCurrent() throws IOException {
        String table = AccessMatrixTable.markdown(MATRIX, CALLERS, routes());
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/access-matrix.md"), table);
        Path docs = Path.of("docs/access-matrix.md");
        if (Boolean.getBoolean("access-matrix.refresh")) {
            Files.writeString(docs, table);
        }
        assertEquals(table, Files.exists(docs) ? Files.readString(docs) : "",
                "docs/access-matrix.md is stale: refresh it with "
                        + "./mvnw -q -B test -Dtest=AccessMatrixTest -Daccess-matrix.refresh=true (or copy target/access-matrix.md)");
    }

    private static List<String> difference(Set<String> a, Set<String> b) {
        return a.stream().filter(r -> !b.contains(r)).sorted().toList();
    }

    /**
     * The routes as the framework serves them: Quarkus REST's runtime deployment (the class routers and,
     * inside each, the method routers per HTTP verb), limited to the application's own resource classes.
     */
    static Set<String> servedRoutes() {
        Set<String> served = new TreeSet<>();
        Deployment deployment = ResteasyReactiveRecorder.getCurrentDeployment();
        for (RequestMapper.RequestPath<RestInitialHandler.InitialMatch> classRoute : deployment.getClassMappers()) {
            for (ServerRestHandler handler : classRoute.value.handlers) {
                if (!(handler instanceof ClassRoutingHandler router)) {
                    continue;
                }
                router.getMappers().forEach((verb, mapper) -> {
                    for (RequestMapper.RequestPath<RuntimeResource> method : mapper.getTemplates()) {
                        RuntimeResource resource = method.value;
                        if (isApplicationClass(resource.getResourceClass())) {
                            served.add(resource.getHttpMethod() + " " + join(classRoute.template.template,
                                    resource.getPath() == null ? "" : resource.getPath().template));
                        }
                    }
                });
            }
        }
        return served;
    }

    /** Compiled from src/main (target/classes), not a test helper such as {@code FailingResource}. */
    private static boolean isApplicationClass(Class<?> type) {
        return Files.exists(Path.of("target/classes", type.getName().replace('.', '/') + ".class"));
    }

    @Test
    void everyRouteDeclaresWhoMayCallIt() throws IOException {
        List<String> unguarded = routes().entrySet().stream()
                .filter(e -> !hasSecurityAnnotation(e.getValue()))
                .map(Map.Entry::getKey).toList();
        assertEquals(List.of(), unguarded);
    }

    private int call(String caller, String method, String path) {
        return send(caller, method + " " + path, withParams(path));
    }

    /** Calls {@code route} (a MATRIX key) at the concrete {@code path} as a page or API client would. */
    static int send(String caller, String route, String path) {
        String method = route.substring(0, route.indexOf(' '));
        RequestSpecification request = given().redirects().follow(false);
        if (!caller.equals(ANON)) {
            request.auth().oauth2(TestTokens.forRole(caller));
        }
        if (method.equals("POST") && !path.startsWith("/api/")) {
            Csrf.Token token = Csrf.from("/");
            if (consumesMultipart(route)) {
                request = request.cookie(Csrf.COOKIE, token.cookie()).multiPart(Csrf.FIELD, token.field())
                        .multiPart("file", "empty.pdf", new byte[0], "application/pdf");
            } else {
                request = token.on(request.contentType(ContentType.URLENC));
            }
        } else if ((method.equals("POST") || method.equals("PUT")) && path.startsWith("/api/")) {
            request.contentType(ContentType.JSON); // as API clients send; a body-less form-less POST fails the CSRF filter
        }
        return request.request(method, path).statusCode();
    }

    /** Whether the route's method takes a multipart form (an upload); the matrix then sends one. */
    private static boolean consumesMultipart(String route) {
        try {
            Method m = routes().get(route);
            jakarta.ws.rs.Consumes consumes = m == null ? null : m.getAnnotation(jakarta.ws.rs.Consumes.class);
            return consumes != null && java.util.Arrays.asList(consumes.value()).contains("multipart/form-data");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The route with each {name} replaced by its fixture from {@link #PARAMS}. */
    private static String withParams(String route) {
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(route);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String value = PARAMS.get(m.group(1));
            if (value == null) {
                throw new AssertionError("No fixture for {" + m.group(1) + "} in " + route + "; add one to PARAMS");
            }
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        return m.appendTail(path).toString();
    }

    private static Map<String, Method> routes;

    /** The application's own JAX-RS resource methods, from the compiled main classes (read once). */
    static synchronized Map<String, Method> routes() throws IOException {
        if (routes == null) {
            routes = scanRoutes();
        }
        return routes;
    }

    private static Map<String, Method> scanRoutes() throws IOException {
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
