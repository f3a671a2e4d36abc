package org.openintl.faculty.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openintl.faculty.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/faculty/stats} and the gauges as Prometheus scrapes them, counted from records made through HTTP. */
class FacultyStatsIntegrationTest extends IntegrationTest {

    @Autowired
    FacultyMetrics metrics;

    private String inService(Object... overrides) {
        String id = created(officer, "/api/experts", contracted(today(), 2, overrides));
        move("/api/experts/" + id, "to", "CONTRACTED");
        move("/api/experts/" + id, "to", "IN_SERVICE");
        return id;
    }

    @Test
    void countsExpertsInServiceByCountryContinentCategoryCollegeAndBeltAndRoad() {
        JsonNode before = get("/api/faculty/stats").get("experts");
        inService("nationality", "KZ", "permitCategory", "B", "college", "School of Mining");
        inService("nationality", "GB", "permitCategory", "A", "college", "School of Mining");
        created(officer, "/api/experts", expert("nationality", "KZ")); // a candidate is not in service

        JsonNode after = get("/api/faculty/stats").get("experts");
        assertThat(after.get("inService").asLong() - before.get("inService").asLong())
                .isEqualTo(2);
        assertThat(delta(before, after, "byCountry", "KZ")).isEqualTo(1);
        assertThat(delta(before, after, "byCountry", "GB")).isEqualTo(1);
        assertThat(delta(before, after, "byContinent", "ASIA")).isEqualTo(1);
        assertThat(delta(before, after, "byContinent", "EUROPE")).isEqualTo(1);
        assertThat(delta(before, after, "byCategory", "B")).isEqualTo(1);
        assertThat(delta(before, after, "byCollege", "School of Mining")).isEqualTo(2);
        assertThat(after.get("beltAndRoad").asLong() - before.get("beltAndRoad").asLong())
                .isEqualTo(1);
        double share = after.get("beltAndRoadShare").asDouble();
        assertThat(share)
                .isEqualTo((double) after.get("beltAndRoad").asLong()
                        / after.get("inService").asLong());
        assertThat(delta(before, after, "byStatus", "CANDIDATE")).isEqualTo(1);

        // every role reads the counts
        assertThat(http.withRoles("VIEWER").get("/api/faculty/stats").status()).isEqualTo(200);
    }

    @Test
    void countsTalentByStageAndStaffAbroadByCountry() {
        JsonNode before = get("/api/faculty/stats");
        created(officer, "/api/talent", talent());
        String trip = created(officer, "/api/staff-trips", trip("JP", "TH"));
        move("/api/staff-trips/" + trip, "to", "SUBMITTED");
        move("/api/staff-trips/" + trip, "to", "APPROVED", "approvalNumber", "WS-1");
        move("/api/staff-trips/" + trip, "to", "DEPARTED");

        JsonNode after = get("/api/faculty/stats");
        assertThat(delta(before.get("talent"), after.get("talent"), "byStage", "IDENTIFIED"))
                .isEqualTo(1);
        assertThat(after.get("trips").get("abroadNow").asLong()
                        - before.get("trips").get("abroadNow").asLong())
                .isEqualTo(1);
        assertThat(delta(before.get("trips"), after.get("trips"), "abroadByCountry", "JP"))
                .isEqualTo(1);
        assertThat(delta(before.get("trips"), after.get("trips"), "abroadByCountry", "TH"))
                .isEqualTo(1);
        assertThat(delta(before.get("trips"), after.get("trips"), "abroadByPurpose", "RESEARCH"))
                .isEqualTo(1);
    }

    @Test
    void publishesGaugesWithEveryRowFromTheStartAndNothingPerPerson() {
        String id = inService("nationality", "EG", "permitCategory", "C");
        var filed = officer.put(
                "/api/experts/" + id + "/documents/PASSPORT",
                Map.of(
                        "number", "P1234567",
                        "issueDate", today().minusYears(9).toString(),
                        "expiryDate", today().plusDays(3).toString()));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(200);
        metrics.refreshNow();

        String scrape = management().get("/actuator/prometheus").body();
        assertThat(gauge(scrape, "intl_experts_by_status{", "status=\"IN_SERVICE\""))
                .isPositive();
        assertThat(gauge(scrape, "intl_experts_in_service_by_continent{", "continent=\"AFRICA\""))
                .isPositive();
        assertThat(gauge(scrape, "intl_experts_in_service_by_category{", "category=\"C\""))
                .isPositive();
        assertThat(gauge(scrape, "intl_experts_in_service_by_belt_and_road{", "belt_and_road=\"true\""))
                .isPositive();
        assertThat(gauge(scrape, "intl_experts_documents_due{", "within=\"7\"", "rule=\"PASSPORT_EXPIRY\""))
                .isPositive();
        assertThat(scrape.lines().filter(l -> l.startsWith("intl_experts_documents_due{")))
                .hasSize(3 * 6);
        assertThat(scrape.lines().filter(l -> l.startsWith("intl_talent_by_stage{")))
                .hasSize(7);
        assertThat(scrape.lines().filter(l -> l.startsWith("intl_staff_trips_by_status{")))
                .hasSize(7);
        assertThat(scrape.lines().filter(l -> l.startsWith("intl_staff_abroad{")))
                .hasSize(5);
        assertThat(scrape).contains("intl_staff_trips_reports_overdue{");
        assertThat(scrape).doesNotContain(id);
    }

    private static long delta(JsonNode before, JsonNode after, String map, String key) {
        return value(after, map, key) - value(before, map, key);
    }

    private static long value(JsonNode node, String map, String key) {
        JsonNode m = node.get(map);
        return m != null && m.has(key) ? m.get(key).asLong() : 0;
    }

    private static double gauge(String scrape, String prefix, String... labels) {
        for (String line : scrape.lines().toList()) {
            if (line.startsWith(prefix) && List.of(labels).stream().allMatch(line::contains)) {
                Matcher m = Pattern.compile("} ([0-9.E+-]+)$").matcher(line);
                if (m.find()) {
                    return Double.parseDouble(m.group(1));
                }
            }
        }
        throw new AssertionError("no " + prefix + " with " + List.of(labels) + " in the scrape: "
                + scrape.lines().filter(l -> l.startsWith(prefix)).toList());
    }

    private static Map<String, Object> talent() {
        return Map.of(
                "name", "Ana Lima",
                "nationality", "BR",
                "program", "Overseas High-level Talent Program",
                "college", "School of Biology",
                "field", "Genomics",
                "position", "RESEARCH");
    }

    private Map<String, Object> trip(String... countries) {
        return Map.of(
                "staffId", "T900",
                "staffName", "王芳",
                "college", "School of Biology",
                "countries", List.of(countries),
                "hostInstitution", "Kyoto University",
                "purpose", "RESEARCH",
                "startDate", today().toString(),
                "endDate", today().plusDays(20).toString(),
                "fundingSource", "CSC");
    }
}
