package org.openintl.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openintl.access.Role;
import org.openintl.access.testing.AccessMatrix;
import org.openintl.gateway.testing.GatewayIntegrationTest;
import org.openintl.gateway.testing.GatewayTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * Every route with every role (and without a token): reads are open to every role, writes need the domain's role or
 * ADMIN, and what is refused never reaches a service. The shared {@link AccessMatrix} runs here as it runs against a
 * service (platform {@code AccessMatrixIntegrationTest}): the two cannot answer differently.
 */
class RoleMatrixIntegrationTest extends GatewayIntegrationTest {

    /** A route of the gateway; {@code writer} is the domain role for writes, {@code null} for reads. */
    record Route(
            String method,
            String path,
            String service,
            @Nullable Role writer) {}

    static final List<Route> ROUTES = List.of(
            new Route("GET", "/api/partners?country=KR", "partnership-service", null),
            new Route("GET", "/api/partners/p-1", "partnership-service", null),
            new Route("POST", "/api/partners", "partnership-service", Role.PARTNERSHIP_OFFICER),
            new Route("PUT", "/api/partners/p-1", "partnership-service", Role.PARTNERSHIP_OFFICER),
            new Route("DELETE", "/api/partners/p-1", "partnership-service", Role.PARTNERSHIP_OFFICER),
            new Route("GET", "/api/partnerships/a-1", "partnership-service", null),
            new Route("GET", "/api/partnerships/stats", "partnership-service", null),
            new Route("POST", "/api/partnerships", "partnership-service", Role.PARTNERSHIP_OFFICER),
            new Route("PUT", "/api/partnerships/a-1", "partnership-service", Role.PARTNERSHIP_OFFICER),
            new Route("POST", "/api/partnerships/a-1/transitions", "partnership-service", Role.PARTNERSHIP_OFFICER),
            new Route("GET", "/api/students?page=0", "student-service", null),
            new Route("GET", "/api/students/s-1", "student-service", null),
            new Route("GET", "/api/students/stats", "student-service", null),
            new Route("POST", "/api/students", "student-service", Role.STUDENT_COUNSELOR),
            new Route("PUT", "/api/students/s-1", "student-service", Role.STUDENT_COUNSELOR),
            new Route("PATCH", "/api/students/s-1", "student-service", Role.STUDENT_COUNSELOR),
            new Route("POST", "/api/students/s-1/transitions", "student-service", Role.STUDENT_COUNSELOR),
            new Route("POST", "/api/students/imports", "student-service", Role.STUDENT_COUNSELOR),
            new Route("DELETE", "/api/students/s-1/documents/d-1", "student-service", Role.STUDENT_COUNSELOR),
            new Route("GET", "/api/news?q=Minsk", "news-service", null),
            new Route("GET", "/api/news/n-1", "news-service", null),
            new Route("GET", "/api/news/stats", "news-service", null),
            new Route("POST", "/api/news", "news-service", Role.NEWS_EDITOR),
            new Route("PUT", "/api/news/n-1", "news-service", Role.NEWS_EDITOR),
            new Route("PATCH", "/api/news/n-1", "news-service", Role.NEWS_EDITOR),
            new Route("POST", "/api/news/n-1/transitions", "news-service", Role.NEWS_EDITOR),
            new Route("DELETE", "/api/news/n-1", "news-service", Role.NEWS_EDITOR),
            new Route("GET", "/api/experts?country=DE", "faculty-service", null),
            new Route("GET", "/api/experts/alerts?withinDays=30", "faculty-service", null),
            new Route("POST", "/api/experts", "faculty-service", Role.FACULTY_OFFICER),
            new Route("PUT", "/api/experts/e-1/documents/WORK_PERMIT", "faculty-service", Role.FACULTY_OFFICER),
            new Route("GET", "/api/talent/t-1", "faculty-service", null),
            new Route("POST", "/api/talent/t-1/transitions", "faculty-service", Role.FACULTY_OFFICER),
            new Route("GET", "/api/staff-trips?status=DEPARTED", "faculty-service", null),
            new Route("PATCH", "/api/staff-trips/s-1", "faculty-service", Role.FACULTY_OFFICER),
            new Route("GET", "/api/faculty/stats", "faculty-service", null),
            new Route("GET", "/api/overview", "gateway", null),
            // dead letters: ADMIN only, reads included; each service's under its own name
            new Route("GET", "/api/admin/dead-letters/partnership-service", "partnership-service", Role.ADMIN),
            new Route(
                    "GET",
                    "/api/admin/dead-letters/partnership-service/intl.students.v1",
                    "partnership-service",
                    Role.ADMIN),
            new Route(
                    "POST",
                    "/api/admin/dead-letters/student-service/intl.partnerships.v1/0-12/replay",
                    "student-service",
                    Role.ADMIN),
            new Route(
                    "POST", "/api/admin/dead-letters/news-service/intl.students.v1/replay", "news-service", Role.ADMIN),
            new Route("GET", "/api/admin/dead-letters/faculty-service", "faculty-service", Role.ADMIN));

    static Stream<Arguments> everyRouteWithEveryRole() {
        List<Arguments> cases = new ArrayList<>();
        for (Route route : ROUTES) {
            cases.add(Arguments.of(route.method(), route.path(), "no token", route, 401));
            for (Role role : Role.values()) {
                boolean allowed = route.writer() == null || role == Role.ADMIN || role == route.writer();
                cases.add(Arguments.of(route.method(), route.path(), role.name(), route, allowed ? 200 : 403));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} as {2} -> {4}")
    @MethodSource("everyRouteWithEveryRole")
    void answersAsTheRolesAllow(String method, String path, String caller, Route route, int expected) {
        var request = client.method(HttpMethod.valueOf(method)).uri(path);
        if (!caller.equals("no token")) {
            request.header(
                    HttpHeaders.AUTHORIZATION,
                    GatewayTokens.bearer(tokens.forUser("matrix-" + caller, Role.valueOf(caller))));
        }
        if (!method.equals("GET") && !method.equals("DELETE")) {
            request.contentType(MediaType.APPLICATION_JSON).bodyValue("{}");
        }

        EntityExchangeResult<byte[]> result = request.exchange().expectBody().returnResult();
        String body =
                result.getResponseBody() == null ? "" : new String(result.getResponseBody(), StandardCharsets.UTF_8);

        assertThat(result.getStatus().value()).as(body).isEqualTo(expected);
        if (expected == 200) {
            if (!route.service().equals("gateway")) {
                assertThat(stubs.get(route.service()).received())
                        .singleElement()
                        .satisfies(r -> assertThat(r.method()).isEqualTo(method));
            }
        } else {
            assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(body).contains(expected == 401 ? "urn:intl:problem:unauthorized" : "urn:intl:problem:forbidden");
            stubs.forEach((name, stub) -> assertThat(stub.received()).as(name).isEmpty());
        }
        if (expected == 403) {
            assertThat(body)
                    .contains(
                            route.writer() == Role.ADMIN
                                    ? "needs one of the roles ADMIN"
                                    : "needs one of the roles ADMIN, "
                                            + route.writer().name());
        }
    }

    static Stream<AccessMatrix.Case> sharedMatrix() {
        return AccessMatrix.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sharedMatrix")
    void answersTheSharedMatrixAsEveryServiceDoes(AccessMatrix.Case call) {
        var request = client.method(HttpMethod.valueOf(call.method()))
                .uri(call.path())
                .header(
                        HttpHeaders.AUTHORIZATION,
                        GatewayTokens.bearer(tokens.forUser("matrix-" + call.role(), call.role())));
        if (!call.method().equals("GET")
                && !call.method().equals("HEAD")
                && !call.method().equals("DELETE")) {
            request.contentType(MediaType.APPLICATION_JSON).bodyValue("{}");
        }

        EntityExchangeResult<byte[]> result = request.exchange().expectBody().returnResult();
        String body =
                result.getResponseBody() == null ? "" : new String(result.getResponseBody(), StandardCharsets.UTF_8);

        if (call.allowed()) {
            // let through: to a service (a stub here), or a 404 where nothing is routed
            assertThat(result.getStatus().value()).as(body).isNotIn(401, 403);
        } else {
            assertThat(result.getStatus().value()).as(body).isEqualTo(403);
            assertThat(body).contains("urn:intl:problem:forbidden");
            stubs.forEach((name, stub) -> assertThat(stub.received()).as(name).isEmpty());
        }
    }
}
