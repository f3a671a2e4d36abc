package org.openintl.student.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openintl.student.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The gauges and counters the dashboards read, as Prometheus scrapes them. */
class StudentMetricsIntegrationTest extends IntegrationTest {

    @Autowired
    StudentMetrics metrics;

    @Test
    void publishesStudentsByStatusContinentCategoryFundingAndDueDocuments() {
        String id = create(student("nationality", "NG", "category", "DOCTORAL", "funding", Map.of("type", "PARTNER")));
        http.post("/api/students/" + id + "/transitions", Map.of("to", "ENROLLED"));
        http.put(
                "/api/students/" + id + "/documents/PASSPORT",
                Map.of(
                        "number", "A1234567",
                        "issueDate", today().minusYears(9).toString(),
                        "expiryDate", today().plusDays(3).toString()));
        metrics.refreshNow();

        String scrape = management().get("/actuator/prometheus").body();
        assertThat(gauge(scrape, "intl_students_by_status{", "status=\"ENROLLED\""))
                .isPositive();
        assertThat(gauge(scrape, "intl_students_by_continent{", "continent=\"AFRICA\"", "status=\"ENROLLED\""))
                .isPositive();
        assertThat(gauge(scrape, "intl_students_by_category{", "category=\"DOCTORAL\"", "status=\"ENROLLED\""))
                .isPositive();
        assertThat(gauge(scrape, "intl_students_by_funding{", "funding=\"PARTNER\"", "status=\"ENROLLED\""))
                .isPositive();
        assertThat(gauge(scrape, "intl_students_documents_due{", "within=\"7\"", "rule=\"PASSPORT_EXPIRY\""))
                .isPositive();
        // zero is zero: every rule and window has a row, also where nothing is due
        assertThat(gauge(
                        scrape, "intl_students_documents_due{", "within=\"60\"", "rule=\"ACCOMMODATION_REGISTRATION\""))
                .isNotNegative();
        assertThat(scrape.lines().filter(l -> l.startsWith("intl_students_documents_due{")))
                .hasSize(3 * 4);
        assertThat(scrape.lines().filter(l -> l.startsWith("intl_students_documents_overdue{")))
                .hasSize(4);
        assertThat(gauge(scrape, "intl_students_by_belt_and_road{", "belt_and_road=\"true\"", "status=\"ENROLLED\""))
                .isPositive();
        assertThat(gauge(scrape, "intl_students_by_degree{", "degree=\"true\"", "status=\"ENROLLED\""))
                .isPositive();
        assertThat(gauge(scrape, "intl_students_by_degree{", "degree=\"false\"", "status=\"WITHDRAWN\""))
                .isNotNegative();
        assertThat(gauge(scrape, "intl_students_by_status{", "status=\"WITHDRAWN\""))
                .isNotNegative();
        assertThat(scrape).contains("intl_students_import_rows_total{").contains("outcome=\"failed\"");
        assertThat(scrape).doesNotContain(id);
    }

    @Test
    void theApiIsDescribedForTheGateway() {
        var docs = management().get("/actuator/openapi");
        assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/students/{id}/transitions"))
                .isTrue();
        assertThat(docs.json().get("paths").has("/api/students/imports")).isTrue();
    }

    /** The value of the first sample of {@code metric} whose labels include all of {@code labels}. */
    private static double gauge(String scrape, String metric, String... labels) {
        return scrape.lines()
                .filter(l -> l.startsWith(metric))
                .filter(l -> java.util.Arrays.stream(labels).allMatch(l::contains))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElse(-1);
    }
}
