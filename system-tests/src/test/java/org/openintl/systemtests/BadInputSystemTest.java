package org.openintl.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.openintl.systemtests.BadInputCorpus.Case;
import org.openintl.systemtests.Http.Response;

/**
 * The bad-input corpus ({@link BadInputCorpus}, one file per service) sent through the gateway to the real services.
 * For every case: the expected status, never a 5xx, a ProblemDetail ({@code application/problem+json} with the same
 * status in the body), and an answer within 5 s (the client gives up after that: a hung request fails the case).
 * Afterwards nothing was stored: the lists' totals, a search for the run's marker and the fixtures' versions are
 * what they were before.
 */
@SystemTest
class BadInputSystemTest {

    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);
    private static final String HEADER = "familyName,givenName,chineseName,nationality,gender,dateOfBirth,"
            + "passportNumber,category,college,program,fundingType,fundingProgram,counselor";

    private final Gateway gateway;
    private final URI base;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(ANSWER_WITHIN).build();
    private final String marker =
            "mk" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final Map<String, String> fixtures = new LinkedHashMap<>();

    BadInputSystemTest(SystemUnderTest system) {
        this.gateway = system.gateway();
        this.base = system.stack().gatewayUrl();
        fixtures.put("marker", marker);
    }

    @Test
    void partnershipServiceRefusesEveryBadInputAndStoresNothing() {
        String partner = create(
                "partner",
                "/api/partners",
                Map.of(
                        "name",
                        Map.of("en", "Corpus University " + UUID.randomUUID()),
                        "country",
                        "KR",
                        "type",
                        "UNIVERSITY"));
        create(
                "partnership",
                "/api/partnerships",
                Map.of(
                        "title", Map.of("en", "Corpus exchange"),
                        "type", "STUDENT_EXCHANGE",
                        "partnerIds", List.of(partner),
                        "startDate", "2026-09-01",
                        "endDate", "2029-08-31"));
        run(
                "partnership-service",
                List.of(
                        "/api/partners?includeArchived=true&size=1",
                        "/api/partnerships?size=1",
                        "/api/partners?includeArchived=true&size=1&q=" + marker,
                        "/api/partnerships?size=1&q=" + marker),
                List.of("/api/partners/" + partner, "/api/partnerships/" + fixtures.get("partnership")));
    }

    @Test
    void studentServiceRefusesEveryBadInputAndStoresNothing() {
        create(
                "student",
                "/api/students",
                Map.of(
                        "familyName", "Corpus",
                        "givenName", "Fixture",
                        "nationality", "KR",
                        "gender", "FEMALE",
                        "dateOfBirth", "2003-04-05",
                        "passportNumber", "C" + (10_000_000 + (int) (Math.random() * 89_999_999)),
                        "category", "BACHELOR",
                        "college", "College of Corpus",
                        "funding", Map.of("type", "SELF_FUNDED")));
        String importKey = UUID.randomUUID().toString();
        fixtures.put("key:import", importKey);
        // an import without rows: its key is replayed with other files by the corpus
        Case fixtureImport = new Case(
                "fixture import",
                "POST",
                "/api/students/imports",
                Map.of("Content-Type", "text/csv", "Idempotency-Key", importKey),
                HEADER + "\n",
                202);
        try {
            assertThat(sendPatiently(fixtureImport, fixtures::get).statusCode()).isEqualTo(202);
        } catch (IOException e) {
            throw new AssertionError("the fixture import failed", e);
        }
        run(
                "student-service",
                List.of("/api/students?size=1", "/api/students?size=1&name=" + marker),
                List.of("/api/students/" + fixtures.get("student")));
    }

    @Test
    void newsServiceRefusesEveryBadInputAndStoresNothing() {
        create(
                "article",
                "/api/news",
                Map.of(
                        "translations",
                        Map.of("en", Map.of("title", "Corpus fixture", "body", "Text")),
                        "category",
                        "MEETING"));
        run(
                "news-service",
                // generated drafts come from other tests' events at any time: count only what editors wrote
                List.of("/api/news?size=1&generated=false", "/api/news?size=1&q=" + marker),
                List.of("/api/news/" + fixtures.get("article")));
    }

    @Test
    void facultyServiceRefusesEveryBadInputAndStoresNothing() {
        create(
                "expert",
                "/api/experts",
                Map.of(
                        "name", "Corpus Fixture",
                        "nationality", "DE",
                        "gender", "FEMALE",
                        "dateOfBirth", "1980-04-12",
                        "passportNumber", "C" + (10_000_000 + (int) (Math.random() * 89_999_999)),
                        "college", "College of Corpus",
                        "position", "RESEARCH"));
        create(
                "talent",
                "/api/talent",
                Map.of(
                        "name", "Corpus Fixture",
                        "nationality", "US",
                        "program", "Overseas High-level Talent Program",
                        "college", "College of Corpus",
                        "field", "Corpus studies",
                        "position", "RESEARCH"));
        create(
                "staff-trip",
                "/api/staff-trips",
                Map.of(
                        "staffId", "T-corpus",
                        "staffName", "Corpus Fixture",
                        "college", "College of Corpus",
                        "countries", List.of("KR"),
                        "hostInstitution", "Korea University",
                        "purpose", "CONFERENCE",
                        "startDate", "2026-10-10",
                        "endDate", "2026-10-16",
                        "fundingSource", "UNIVERSITY"));
        run(
                "faculty-service",
                List.of(
                        "/api/experts?size=1",
                        "/api/talent?size=1",
                        "/api/staff-trips?size=1",
                        "/api/experts?size=1&name=" + marker,
                        "/api/talent?size=1&name=" + marker),
                List.of(
                        "/api/experts/" + fixtures.get("expert"),
                        "/api/talent/" + fixtures.get("talent"),
                        "/api/staff-trips/" + fixtures.get("staff-trip")));
    }

    @Test
    void theGatewayAnswersWhatItRefusesItselfWithProblemDetails() {
        run("gateway", List.of(), List.of());
    }

    private String create(String name, String path, Object body) {
        String key = UUID.randomUUID().toString();
        Response r = gateway.send("POST", path, Http.JSON.writeValueAsString(body), "Idempotency-Key", key);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String id = r.json().get("id").asString();
        fixtures.put(name, id);
        fixtures.put("key:" + name, key);
        return id;
    }

    private void run(String service, List<String> totals, List<String> fixtureUrls) {
        BadInputCorpus corpus = BadInputCorpus.load(service);
        Map<String, String> before = snapshot(totals, fixtureUrls);
        UnaryOperator<String> names = fixtures::get;
        List<String> failures = new ArrayList<>();
        Instant begin = Instant.now();
        for (Case c : corpus.cases()) {
            String failure = check(c, names);
            if (failure != null) {
                failures.add(c.name() + " (" + c.method() + " " + c.path() + "): " + failure);
            }
        }
        Measurements.record(
                "bad-input corpus of " + service + ": " + corpus.cases().size() + " cases",
                Duration.between(begin, Instant.now()));
        System.out.println("bad-input corpus of " + service + ": "
                + corpus.cases().size() + " cases, " + failures.size() + " failed");
        assertThat(failures).as("cases of the %s corpus that failed", service).isEmpty();
        assertThat(snapshot(totals, fixtureUrls))
                .as("totals, marker searches and fixture versions")
                .isEqualTo(before);
    }

    /** What is wrong with the answer to a case, or {@code null}. */
    private String check(Case c, UnaryOperator<String> names) {
        HttpResponse<String> r;
        try {
            r = sendPatiently(c, names);
        } catch (HttpTimeoutException e) {
            return "no answer within " + ANSWER_WITHIN.toSeconds() + " s";
        } catch (IOException e) {
            return "no answer: " + e;
        }
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (r.statusCode() >= 500) {
            return "a server error " + r.statusCode() + ": " + shorten(r.body());
        }
        if (r.statusCode() != c.status()) {
            return "expected " + c.status() + " but got " + r.statusCode() + ": " + shorten(r.body());
        }
        if (!type.startsWith("application/problem+json")) {
            return "not a ProblemDetail but '" + type + "': " + shorten(r.body());
        }
        try {
            if (Http.JSON.readTree(r.body()).get("status").asInt() != r.statusCode()) {
                return "the ProblemDetail's status differs: " + shorten(r.body());
            }
        } catch (RuntimeException e) {
            return "the ProblemDetail is no JSON: " + shorten(r.body());
        }
        return null;
    }

    /** Sends a case; the gateway's rate limit (429, no service called) is waited out as a polite client would. */
    private HttpResponse<String> sendPatiently(Case c, UnaryOperator<String> names) throws IOException {
        HttpResponse<String> r = send(c, names);
        if (r.statusCode() == 429) {
            long seconds = r.headers().firstValueAsLong("Retry-After").orElse(1);
            r = await("the gateway's rate limit")
                    .atMost(Duration.ofSeconds(60))
                    .pollDelay(Duration.ofSeconds(Math.max(1, seconds)))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> send(c, names), response -> response.statusCode() != 429);
        }
        return r;
    }

    private HttpResponse<String> send(Case c, UnaryOperator<String> names) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(BadInputCorpus.expand(c.path(), names)))
                .timeout(ANSWER_WITHIN);
        boolean contentType = false;
        boolean authorization = false;
        for (Map.Entry<String, String> h : c.headers().entrySet()) {
            contentType |= h.getKey().equalsIgnoreCase("Content-Type");
            authorization |= h.getKey().equalsIgnoreCase("Authorization");
            String value = BadInputCorpus.expand(h.getValue(), names);
            if (!value.isEmpty()) {
                request.header(h.getKey(), value);
            }
        }
        if (!authorization && gateway.authorization() != null) {
            request.header("Authorization", gateway.authorization());
        }
        if (c.body() == null) {
            request.method(c.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            if (!contentType) {
                request.header("Content-Type", "application/json");
            }
            request.method(
                    c.method(), HttpRequest.BodyPublishers.ofByteArray(BadInputCorpus.expandToBytes(c.body(), names)));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Totals and marker counts of the lists, and the ETag of each fixture. */
    private Map<String, String> snapshot(List<String> totals, List<String> fixtureUrls) {
        Map<String, String> state = new LinkedHashMap<>();
        for (String list : totals) {
            Response r = gateway.get(list);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            state.put(list, r.json().get("total").asString());
        }
        for (String url : fixtureUrls) {
            Response r = gateway.get(url);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            state.put(url, r.header("ETag"));
        }
        return state;
    }

    private static String shorten(String body) {
        return body == null ? "" : body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }
}
