package org.openintl.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The faculty pages (foreign experts, overseas talent, staff trips) through the console's HTTP interface with a stub in place of the gateway: what a faculty
 * officer sends (numbers as numbers, {@code If-Match}, the document's type in the path), the API's errors beside their
 * fields, and neither personal data nor write buttons for a role that may not see them.
 */
class FacultyPagesIntegrationTest extends ConsolePageTest {

    static final StubGateway GATEWAY = new StubGateway();

    static {
        GATEWAY.user("liu", "FACULTY_OFFICER");
        GATEWAY.user("zhao", "VIEWER");
    }

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("intl.console.api-uri", () -> GATEWAY.uri().toString());
    }

    @AfterAll
    static void stop() {
        GATEWAY.close();
    }

    @Override
    StubGateway gateway() {
        return GATEWAY;
    }

    private static String expert(String id, boolean personal) {
        String names = personal
                ? "\"name\":\"Anna Schmidt\",\"chineseName\":\"施安娜\",\"passportNumber\":\"C01X00T47\","
                        + "\"dateOfBirth\":\"1980-04-02\",\"documents\":[{\"type\":\"WORK_PERMIT\",\"number\":\"WP-1\","
                        + "\"expiryDate\":\"2027-01-31\"}],\"deadlines\":[{\"rule\":\"WORK_PERMIT_RENEWAL\","
                        + "\"dueDate\":\"2027-01-01\"}],"
                : "";
        return "{\"id\":\"" + id + "\",\"status\":\"CONTRACTED\"," + names + "\"nationality\":\"DE\","
                + "\"permitCategory\":\"B\",\"college\":\"School of Physics\",\"position\":\"RESEARCH\","
                + "\"history\":[{\"to\":\"CANDIDATE\",\"date\":\"2026-09-01\"},"
                + "{\"from\":\"CANDIDATE\",\"to\":\"CONTRACTED\",\"date\":\"2026-10-01\"}]}";
    }

    @Test
    void anOfficerSeesTheExpertWithDocumentsDeadlinesAndMoves() throws Exception {
        String id = UUID.randomUUID().toString();
        GATEWAY.answer("GET /api/experts/" + id, 200, expert(id, true), "ETag", "\"2\"");
        String html = page("/experts/" + id + "?lang=zh", signIn("liu"));
        assertThat(html)
                .contains("Anna Schmidt")
                .contains("施安娜")
                .contains("C01X00T47")
                .contains("外国人工作许可证")
                .contains("工作许可：申请延期")
                .contains("id=\"move-IN_SERVICE\"")
                .contains("id=\"edit-expert\"");
    }

    @Test
    void theHomePageListsTheExpertsDeadlinesForAFacultyOfficerOnly() throws Exception {
        String id = UUID.randomUUID().toString();
        GATEWAY.answer(
                "GET /api/experts/alerts",
                200,
                "{\"items\":[{\"expertId\":\"" + id + "\",\"name\":\"Anna Schmidt\",\"college\":\"Physics\","
                        + "\"document\":\"WORK_PERMIT\",\"rule\":\"WORK_PERMIT_RENEWAL\",\"dueDate\":\"2026-12-01\","
                        + "\"overdue\":false}],\"page\":0,\"size\":20,\"total\":1}");
        assertThat(page("/?lang=en", signIn("liu")))
                .contains("id=\"expert-alerts\"")
                .contains("href=\"/experts/" + id + "\"")
                .contains("Work permit: apply for renewal")
                .contains("2026-12-01");
        assertThat(page("/", signIn("zhao"))).doesNotContain("id=\"expert-alerts\"");
    }

    @Test
    void aViewerSeesNoPersonalDataAndNoWriteButtons() throws Exception {
        String id = UUID.randomUUID().toString();
        GATEWAY.answer("GET /api/experts/" + id, 200, expert(id, false), "ETag", "\"2\"");
        GATEWAY.answer(
                "GET /api/experts", 200, "{\"items\":[" + expert(id, false) + "],\"page\":0,\"size\":25,\"total\":1}");
        MockHttpSession session = signIn("zhao");
        assertThat(page("/experts/" + id, session))
                .contains("id=\"no-personal-data\"")
                .contains("School of Physics")
                .doesNotContain("id=\"edit-expert\"")
                .doesNotContain("id=\"moves\"")
                .doesNotContain("id=\"file-document\"");
        assertThat(page("/experts", session)).contains("School of Physics").doesNotContain("id=\"new-expert\"");
    }

    @Test
    void registeringSendsNumbersAsNumbersAndShowsTheApisErrorsBesideTheFields() throws Exception {
        String id = UUID.randomUUID().toString();
        GATEWAY.answer("POST /api/experts", 201, expert(id, true), "ETag", "\"1\"");
        MockHttpSession session = signIn("liu");
        String key = UUID.randomUUID().toString();
        mvc.perform(post("/experts")
                        .session(session)
                        .with(csrf())
                        .param("key", key)
                        .param("name", "Anna Schmidt")
                        .param("nationality", "DE")
                        .param("gender", "FEMALE")
                        .param("dateOfBirth", "1980-04-02")
                        .param("passportNumber", "C01X00T47")
                        .param("college", "School of Physics")
                        .param("position", "RESEARCH")
                        .param("teachingLoad", "8"))
                .andExpect(redirectedUrl("/experts/" + id + "?created"));
        StubGateway.Received sent = last("POST", "/api/experts");
        assertThat(sent.headers().get("idempotency-key")).isEqualTo(key);
        JsonNode body = JsonMapper.builder().build().readTree(sent.body());
        assertThat(body.path("teachingLoad").isInt()).isTrue();
        assertThat(body.has("contractStart")).isFalse();

        GATEWAY.answer(
                "POST /api/experts",
                400,
                "{\"type\":\"urn:intl:problem:validation\",\"title\":\"Invalid request\",\"status\":400,"
                        + "\"errors\":[{\"field\":\"teachingLoad\",\"message\":\"must be a number\"}]}");
        String refused = mvc.perform(post("/experts")
                        .session(session)
                        .with(csrf())
                        .param("key", key)
                        .param("name", "Anna Schmidt")
                        .param("teachingLoad", "eight"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains("id=\"e-teachingLoad\">must be a number")
                .contains("value=\"eight\"")
                .contains("name=\"key\" value=\"" + key + "\"");
    }

    @Test
    void filingADocumentSendsItsTypeInThePathAndOnlyATypeThePageOffers() throws Exception {
        String id = UUID.randomUUID().toString();
        GATEWAY.answer("PUT /api/experts/" + id + "/documents/Z_VISA", 200, expert(id, true), "ETag", "\"3\"");
        MockHttpSession session = signIn("liu");
        mvc.perform(post("/experts/" + id + "/documents")
                        .session(session)
                        .with(csrf())
                        .param("type", "Z_VISA")
                        .param("number", "Z123")
                        .param("expiryDate", "2027-03-01")
                        .param("entryDate", "2026-11-20"))
                .andExpect(redirectedUrl("/experts/" + id));
        assertThat(last("PUT", "/api/experts/" + id + "/documents/Z_VISA").body())
                .contains("\"entryDate\":\"2026-11-20\"");

        int before = GATEWAY.received.size();
        MvcResult crafted = mvc.perform(post("/experts/" + id + "/documents")
                        .session(session)
                        .with(csrf())
                        .param("type", "../../admin/dead-letters"))
                .andExpect(redirectedUrl("/experts/" + id))
                .andReturn();
        assertThat(crafted.getFlashMap().get("refused").toString()).contains("../../admin/dead-letters");
        // nothing reached the API
        assertThat(GATEWAY.received.size()).isEqualTo(before);
    }

    private static String trip(String id, String status, boolean personal) {
        return "{\"id\":\"" + id + "\",\"status\":\"" + status + "\","
                + (personal ? "\"staffId\":\"T0042\",\"staffName\":\"李明\",\"fundingAmount\":30000," : "")
                + "\"college\":\"School of Law\",\"countries\":[\"GB\",\"FR\"],\"purpose\":\"DELEGATION\","
                + "\"startDate\":\"2027-03-01\",\"endDate\":\"2027-03-10\",\"fundingSource\":\"UNIVERSITY\","
                + "\"reportOverdue\":false,\"history\":[{\"to\":\"DRAFT\",\"date\":\"2026-11-01\"}]}";
    }

    @Test
    void recordingATripSendsItsCountriesAsAListAndTheApprovalWithItsNumberAndIfMatch() throws Exception {
        String id = UUID.randomUUID().toString();
        GATEWAY.answer("POST /api/staff-trips", 201, trip(id, "DRAFT", true), "ETag", "\"1\"");
        MockHttpSession session = signIn("liu");
        mvc.perform(post("/staff-trips")
                        .session(session)
                        .with(csrf())
                        .param("key", UUID.randomUUID().toString())
                        .param("staffId", "T0042")
                        .param("staffName", "李明")
                        .param("college", "School of Law")
                        .param("countries", "gb，fr")
                        .param("purpose", "DELEGATION")
                        .param("startDate", "2027-03-01")
                        .param("endDate", "2027-03-10")
                        .param("fundingSource", "UNIVERSITY")
                        .param("fundingAmount", "30000"))
                .andExpect(redirectedUrl("/staff-trips/" + id + "?created"));
        JsonNode sent = JsonMapper.builder()
                .build()
                .readTree(last("POST", "/api/staff-trips").body());
        assertThat(sent.path("countries").toString()).isEqualTo("[\"gb\",\"fr\"]");
        assertThat(sent.path("fundingAmount").isNumber()).isTrue();

        GATEWAY.answer("GET /api/staff-trips/" + id, 200, trip(id, "SUBMITTED", true), "ETag", "\"2\"");
        assertThat(page("/staff-trips/" + id, session))
                .contains("李明")
                .contains("id=\"move-APPROVED\"")
                .contains("id=\"m-approval\"")
                .contains("GB, FR");
        GATEWAY.answer(
                "POST /api/staff-trips/" + id + "/transitions", 200, trip(id, "APPROVED", true), "ETag", "\"3\"");
        mvc.perform(post("/staff-trips/" + id + "/transitions")
                        .session(session)
                        .with(csrf())
                        .param("etag", "\"2\"")
                        .param("to", "APPROVED")
                        .param("approvalNumber", "外出字〔2026〕18号"))
                .andExpect(redirectedUrl("/staff-trips/" + id));
        StubGateway.Received move = last("POST", "/api/staff-trips/" + id + "/transitions");
        assertThat(move.headers().get("if-match")).isEqualTo("\"2\"");
        assertThat(move.body()).contains("\"approvalNumber\":\"外出字〔2026〕18号\"");
    }

    @Test
    void aViewerSeesATripWithoutTheStaffMembersNameAndNoButtons() throws Exception {
        String id = UUID.randomUUID().toString();
        GATEWAY.answer("GET /api/staff-trips/" + id, 200, trip(id, "SUBMITTED", false), "ETag", "\"2\"");
        assertThat(page("/staff-trips/" + id, signIn("zhao")))
                .contains("School of Law")
                .doesNotContain("李明")
                .doesNotContain("id=\"moves\"")
                .doesNotContain("id=\"edit-trip\"");
    }

    @Test
    void anArrivedCandidateLinksTheExpertRecordTheApiCreated() throws Exception {
        String id = UUID.randomUUID().toString();
        String expertId = UUID.randomUUID().toString();
        GATEWAY.answer(
                "GET /api/talent/" + id,
                200,
                "{\"id\":\"" + id + "\",\"stage\":\"ARRIVED\",\"name\":\"Maria Rossi\",\"nationality\":\"IT\","
                        + "\"program\":\"National high-end foreign experts\",\"college\":\"Materials\","
                        + "\"field\":\"Catalysis\",\"position\":\"RESEARCH\",\"expertId\":\"" + expertId + "\","
                        + "\"history\":[{\"to\":\"IDENTIFIED\",\"date\":\"2026-01-05\"}]}",
                "ETag",
                "\"7\"");
        assertThat(page("/talent/" + id, signIn("liu")))
                .contains("Maria Rossi")
                .contains("href=\"/experts/" + expertId + "\"")
                .doesNotContain("id=\"moves\"")
                .doesNotContain("id=\"edit-talent\"");
    }
}
