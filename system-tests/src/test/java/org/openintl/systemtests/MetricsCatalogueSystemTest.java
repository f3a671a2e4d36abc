package org.openintl.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openintl.localstack.LocalStack;
import org.openintl.localstack.StackService;
import org.openintl.systemtests.Http.Response;

/**
 * The metric names are a contract (docs/metrics.md): every {@code intl_*} metric a service registers is listed there,
 * every service publishes the latency histograms the Platform board computes its percentiles from, and none the
 * meters of Spring Security's own observations, which nothing reads.
 */
@SystemTest
class MetricsCatalogueSystemTest {

    private static final Pattern FAMILY = Pattern.compile("^# TYPE (\\S+) ", Pattern.MULTILINE);
    private static final Pattern LISTED = Pattern.compile("`(intl_[a-z0-9_]+)`");

    private final LocalStack stack;

    MetricsCatalogueSystemTest(SystemUnderTest system) {
        this.stack = system.stack();
    }

    @ParameterizedTest
    @EnumSource(StackService.class)
    void registersOnlyListedIntlMetricsAndLatencyHistograms(StackService service) throws IOException {
        // one request on the API port, so that the request histogram exists whichever tests ran before (the console
        // serves pages, not the API: its sign-in page)
        Response call =
                new Http(stack.serviceUrl(service)).get(service == StackService.CONSOLE ? "/login" : "/api/overview");
        assertThat(call.status()).as(call.request()).isEqualTo(service == StackService.CONSOLE ? 200 : 401);
        Response scrape = new Http(stack.managementUrl(service)).get("/actuator/prometheus");
        assertThat(scrape.status()).as(scrape.request()).isEqualTo(200);

        Set<String> listed = listed();
        Set<String> unlisted = new TreeSet<>();
        Matcher family = FAMILY.matcher(scrape.body());
        while (family.find()) {
            String name = family.group(1);
            if (name.startsWith("intl_") && !listed.contains(name) && !listed.contains(baseOf(name))) {
                unlisted.add(name);
            }
        }
        assertThat(unlisted)
                .as("intl_* metrics of %s missing in docs/metrics.md", service.moduleName())
                .isEmpty();
        assertThat(scrape.body())
                .as("percentile histogram of http.server.requests in %s", service.moduleName())
                .contains("http_server_requests_seconds_bucket{");
        assertThat(scrape.body())
                .as("Spring Security's own observations are off in %s (docs/metrics.md)", service.moduleName())
                .doesNotContain("spring_security_");
        if (service.hasOutbox()) {
            // registered at 0 from the start, so that the alert sees the first dead-lettered record
            assertThat(scrape.body()).contains("intl_events_dead_lettered_total{");
        }
    }

    private static Set<String> listed() throws IOException {
        Path doc = Path.of(System.getProperty("intl.home", ".."), "docs", "metrics.md");
        Set<String> names = new TreeSet<>();
        Matcher m = LISTED.matcher(Files.readString(doc));
        while (m.find()) {
            names.add(m.group(1));
        }
        assertThat(names).as("metric names in %s", doc).isNotEmpty();
        return names;
    }

    /** A histogram's or a timer's family as the catalogue lists it: without the {@code _max} gauge's suffix. */
    private static String baseOf(String name) {
        return name.replaceAll("_max$", "");
    }
}
