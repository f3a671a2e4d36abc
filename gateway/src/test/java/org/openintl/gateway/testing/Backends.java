package org.openintl.gateway.testing;

import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The four services the gateway routes to, as {@link StubService}s started once per test JVM and shared by every
 * integration test. One set for all is what lets test classes share a Spring context: a context that the context
 * cache hands to the next test class still points at the URIs it was started with. They stop when the JVM exits.
 */
public final class Backends {

    private static final Backends SHARED = new Backends();

    private final StubService partnership = StubService.start("partnership-service");
    private final StubService student = StubService.start("student-service");
    private final StubService news = StubService.start("news-service");
    private final StubService faculty = StubService.start("faculty-service");
    private final Map<String, StubService> byService = Map.of(
            "partnership-service",
            partnership,
            "student-service",
            student,
            "news-service",
            news,
            "faculty-service",
            faculty);

    private Backends() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> byService.values().forEach(StubService::stop)));
    }

    /** The backends of this test JVM, started on first use. */
    public static Backends shared() {
        return SHARED;
    }

    public StubService partnership() {
        return partnership;
    }

    public StubService student() {
        return student;
    }

    public StubService news() {
        return news;
    }

    public StubService faculty() {
        return faculty;
    }

    /** Each backend by the id of the service (and of the gateway's route to it), e.g. {@code student-service}. */
    public Map<String, StubService> byService() {
        return byService;
    }

    /** Points the gateway's routes ({@code intl.services.*-uri}) at the backends. */
    public void registerUris(DynamicPropertyRegistry registry) {
        registry.add("intl.services.partnership-uri", () -> partnership.uri().toString());
        registry.add("intl.services.student-uri", () -> student.uri().toString());
        registry.add("intl.services.news-uri", () -> news.uri().toString());
        registry.add("intl.services.faculty-uri", () -> faculty.uri().toString());
        // the stubs stand in for the services' management ports as well (their OpenAPI documents)
        registry.add(
                "intl.services.partnership-management-uri",
                () -> partnership.uri().toString());
        registry.add("intl.services.student-management-uri", () -> student.uri().toString());
        registry.add("intl.services.news-management-uri", () -> news.uri().toString());
        registry.add("intl.services.faculty-management-uri", () -> faculty.uri().toString());
    }

    /** Every backend running and echoing again, with nothing received; frozen requests are let go. */
    public void resetAll() {
        byService.values().forEach(StubService::reset);
    }
}
