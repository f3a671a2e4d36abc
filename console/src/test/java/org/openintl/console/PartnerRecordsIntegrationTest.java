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
 * The MOE record of a joint program and the partner edit form, through the console's HTTP interface with a stub in
 * place of the gateway: what is sent to the API (the whole details, {@code If-Match}), the API's errors beside their
 * fields, the 412 of a stale edit, and no edit links for a role that may not edit.
 */
class PartnerRecordsIntegrationTest extends ConsolePageTest {

    static final StubGateway GATEWAY = new StubGateway();

    static {
        GATEWAY.user("wang", "PARTNERSHIP_OFFICER");
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

    private static String jointProgram(String id, String approvalNumber) {
        return "{\"id\":\"" + id + "\",\"status\":\"ACTIVE\",\"details\":{\"title\":{\"en\":\"Joint Bachelor\"},"
                + "\"type\":\"JOINT_PROGRAM\",\"partnerIds\":[],\"responsibleUnit\":\"International College\","
                + "\"startDate\":\"2026-01-01\",\"endDate\":\"2031-01-01\",\"notes\":\"keep me\","
                + "\"program\":{\"approvalNumber\":\"" + approvalNumber + "\",\"level\":\"BACHELOR\","
                + "\"majors\":[\"Computer Science\",\"Finance\"],\"annualQuota\":120,\"approvalExpiry\":\"2030-06-30\","
                + "\"evaluations\":[{\"year\":2024,\"result\":\"QUALIFIED\",\"nextDueDate\":\"2029-09-01\"}]}},"
                + "\"partners\":[],\"allowedTransitions\":[],\"history\":[]}";
    }

    @Test
    void thePartnershipPageShowsTheMoeRecordAndItsEvaluationsAndLinksTheFormForAnOfficer() throws Exception {
        String id = UUID.randomUUID().toString();
        GATEWAY.answer("GET /api/partnerships/" + id, 200, jointProgram(id, "MOE41US2A20241234N"), "ETag", "\"3\"");
        String html = page("/partnerships/" + id, signIn("wang"));
        assertThat(html)
                .contains("MOE41US2A20241234N")
                .contains("Computer Science, Finance")
                .contains("id=\"evaluations\"")
                .contains("2029-09-01")
                .contains("Qualified")
                .contains("id=\"edit-program\"");
        String zh = page("/partnerships/" + id + "?lang=zh", signIn("wang"));
        assertThat(zh).contains("教育部审批信息").contains("本科").contains("合格");
    }

    @Test
    void aViewerSeesTheMoeRecordButNoEditLinks() throws Exception {
        String id = UUID.randomUUID().toString();
        GATEWAY.answer("GET /api/partnerships/" + id, 200, jointProgram(id, "MOE-VIEW"), "ETag", "\"3\"");
        String partner = UUID.randomUUID().toString();
        GATEWAY.answer("GET /api/partners/" + partner, 200, partner(partner, "https://www.snu.ac.kr"), "ETag", "\"1\"");
        GATEWAY.answer("GET /api/partnerships", 200, "{\"items\":[],\"page\":0,\"size\":100,\"total\":0}");
        MockHttpSession session = signIn("zhao");
        assertThat(page("/partnerships/" + id, session)).contains("MOE-VIEW").doesNotContain("id=\"edit-program\"");
        assertThat(page("/partners/" + partner, session))
                .contains("Seoul National University")
                .doesNotContain("id=\"edit-partner\"");
    }

    @Test
    void theMoeFormShowsTheRecordAndSavingSendsTheWholeDetailsWithTheNewEvaluation() throws Exception {
        String id = UUID.randomUUID().toString();
        GATEWAY.answer("GET /api/partnerships/" + id, 200, jointProgram(id, "MOE-1"), "ETag", "\"3\"");
        GATEWAY.answer("PUT /api/partnerships/" + id, 200, jointProgram(id, "MOE-2"), "ETag", "\"4\"");
        MockHttpSession session = signIn("wang");
        String form = page("/partnerships/" + id + "/program", session);
        assertThat(form)
                .contains("name=\"program.approvalNumber\" type=\"text\" value=\"MOE-1\"")
                .contains("value=\"Computer Science, Finance\"")
                .contains("value=\"BACHELOR\" selected")
                .contains("name=\"etag\" value=\"&quot;3&quot;\"");

        mvc.perform(post("/partnerships/" + id + "/program")
                        .session(session)
                        .with(csrf())
                        .param("etag", "\"3\"")
                        .param("program.approvalNumber", "MOE-2")
                        .param("program.level", "MASTER")
                        .param("program.majors", "Computer Science, Finance，Law")
                        .param("program.annualQuota", "90")
                        .param("program.approvalExpiry", "2031-06-30")
                        .param("program.evaluations.year", "2026")
                        .param("program.evaluations.result", "CONDITIONALLY_QUALIFIED")
                        .param("program.evaluations.nextDueDate", "2028-09-01"))
                .andExpect(redirectedUrl("/partnerships/" + id + "?saved"));

        StubGateway.Received put = last("PUT", "/api/partnerships/" + id);
        assertThat(put.headers().get("if-match")).isEqualTo("\"3\"");
        JsonNode sent = JsonMapper.builder().build().readTree(put.body());
        assertThat(sent.path("notes").asString()).isEqualTo("keep me");
        assertThat(sent.path("responsibleUnit").asString()).isEqualTo("International College");
        JsonNode program = sent.path("program");
        assertThat(program.path("approvalNumber").asString()).isEqualTo("MOE-2");
        assertThat(program.path("level").asString()).isEqualTo("MASTER");
        assertThat(program.path("annualQuota").isInt()).isTrue();
        assertThat(program.path("annualQuota").asInt()).isEqualTo(90);
        assertThat(program.path("majors").toString()).isEqualTo("[\"Computer Science\",\"Finance\",\"Law\"]");
        assertThat(program.path("evaluations").size()).isEqualTo(2);
        assertThat(program.path("evaluations").get(0).path("year").asInt()).isEqualTo(2024);
        assertThat(program.path("evaluations").get(1).path("result").asString()).isEqualTo("CONDITIONALLY_QUALIFIED");
        assertThat(program.path("evaluations").get(1).path("year").asInt()).isEqualTo(2026);
    }

    @Test
    void theApisErrorsOnTheMoeRecordAppearBesideTheirFieldsAndTheTypedValuesStay() throws Exception {
        String id = UUID.randomUUID().toString();
        GATEWAY.answer("GET /api/partnerships/" + id, 200, jointProgram(id, "MOE-1"), "ETag", "\"3\"");
        GATEWAY.answer(
                "PUT /api/partnerships/" + id,
                400,
                "{\"type\":\"urn:intl:problem:validation\",\"title\":\"Invalid request\",\"status\":400,"
                        + "\"detail\":\"the MOE approval number is required\",\"errors\":["
                        + "{\"field\":\"program.approvalNumber\",\"message\":\"the MOE approval number is required\"},"
                        + "{\"field\":\"program.evaluations[1]\",\"message\":\"year 1800 is not plausible\"},"
                        + "{\"field\":\"program.evaluations[1].nextDueDate\",\"message\":\"not a date\"}]}");
        String html = mvc.perform(post("/partnerships/" + id + "/program")
                        .session(signIn("wang"))
                        .with(csrf())
                        .param("etag", "\"3\"")
                        .param("program.approvalNumber", "")
                        .param("program.level", "BACHELOR")
                        .param("program.annualQuota", "a hundred")
                        .param("program.evaluations.year", "1800")
                        .param("program.evaluations.result", "QUALIFIED")
                        .param("program.evaluations.nextDueDate", "soon"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("id=\"e-program.approvalNumber\">the MOE approval number is required")
                // the API names the added evaluation by its place in the list (1: after the one recorded)
                .contains("id=\"e-program.evaluations\" role=\"alert\">year 1800 is not plausible")
                .contains("id=\"e-program.evaluations.nextDueDate\">not a date")
                .contains("value=\"a hundred\"")
                .contains("value=\"1800\"");
        // what was typed goes to the API as typed, for it to refuse beside the field
        assertThat(last("PUT", "/api/partnerships/" + id).body()).contains("\"annualQuota\":\"a hundred\"");
    }

    @Test
    void aStaleMoeEditShowsWhatChangedAndTakesTheNewVersion() throws Exception {
        String id = UUID.randomUUID().toString();
        GATEWAY.answer("GET /api/partnerships/" + id, 200, jointProgram(id, "MOE-THEIRS"), "ETag", "\"9\"");
        GATEWAY.answer(
                "PUT /api/partnerships/" + id,
                412,
                "{\"type\":\"urn:intl:problem:precondition-failed\",\"title\":\"Precondition failed\",\"status\":412}");
        String html = mvc.perform(post("/partnerships/" + id + "/program")
                        .session(signIn("wang"))
                        .with(csrf())
                        .param("etag", "\"8\"")
                        .param("program.approvalNumber", "MOE-MINE")
                        .param("program.level", "BACHELOR"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("id=\"stale\"")
                .contains("MOE-THEIRS")
                .contains("value=\"MOE-MINE\"")
                .contains("name=\"etag\" value=\"&quot;9&quot;\"");
        assertThat(last("PUT", "/api/partnerships/" + id).headers().get("if-match"))
                .isEqualTo("\"8\"");
    }

    @Test
    void editingAnAgreementKeepsEveryPartnerEvenOnesBeyondTheFirstPageOfPartners() throws Exception {
        String id = UUID.randomUUID().toString();
        String listed = UUID.randomUUID().toString();
        String beyond = UUID.randomUUID().toString();
        GATEWAY.answer(
                "GET /api/partnerships/" + id,
                200,
                "{\"id\":\"" + id + "\",\"status\":\"ACTIVE\",\"details\":{\"title\":{\"en\":\"Consortium\"},"
                        + "\"type\":\"MOU\",\"partnerIds\":[\"" + listed + "\",\"" + beyond + "\"],"
                        + "\"responsibleUnit\":\"Office\",\"startDate\":\"2026-01-01\"},\"partners\":[],"
                        + "\"allowedTransitions\":[],\"history\":[]}",
                "ETag",
                "\"4\"");
        // the first page of partners has only one of the two
        GATEWAY.answer(
                "GET /api/partners",
                200,
                "{\"items\":[" + partner(listed, "https://a.example") + "],\"page\":0,\"size\":200,\"total\":900}");
        GATEWAY.answer("GET /api/partners/" + beyond, 200, partner(beyond, "https://b.example"), "ETag", "\"1\"");
        GATEWAY.answer("PUT /api/partnerships/" + id, 200, "{\"id\":\"" + id + "\"}", "ETag", "\"5\"");
        MockHttpSession session = signIn("wang");
        String form = page("/partnerships/" + id + "/edit", session);
        assertThat(form).contains("value=\"" + listed + "\" selected").contains("value=\"" + beyond + "\" selected");

        mvc.perform(post("/partnerships/" + id)
                        .session(session)
                        .with(csrf())
                        .param("etag", "\"4\"")
                        .param("title.en", "Consortium")
                        .param("type", "MOU")
                        .param("partnerIds", listed, beyond)
                        .param("responsibleUnit", "Office")
                        .param("startDate", "2026-01-01"))
                .andExpect(redirectedUrl("/partnerships/" + id + "?saved"));
        JsonNode sent = JsonMapper.builder()
                .build()
                .readTree(last("PUT", "/api/partnerships/" + id).body());
        assertThat(sent.path("partnerIds").toString()).isEqualTo("[\"" + listed + "\",\"" + beyond + "\"]");
    }

    @Test
    void anIntakeOfAJointProgramIsRecordedWithIfMatchAndItsCountsAsNumbers() throws Exception {
        String id = UUID.randomUUID().toString();
        GATEWAY.answer(
                "PUT /api/partnerships/" + id + "/cohorts/2025", 200, jointProgram(id, "MOE-C"), "ETag", "\"6\"");
        MockHttpSession session = signIn("wang");
        mvc.perform(post("/partnerships/" + id + "/cohorts")
                        .session(session)
                        .with(csrf())
                        .param("etag", "\"5\"")
                        .param("intakeYear", "2025")
                        .param("admitted", "120")
                        .param("enrolled", "118")
                        .param("graduated", "0"))
                .andExpect(redirectedUrl("/partnerships/" + id));
        StubGateway.Received put = last("PUT", "/api/partnerships/" + id + "/cohorts/2025");
        assertThat(put.headers().get("if-match")).isEqualTo("\"5\"");
        assertThat(put.body()).isEqualTo("{\"admitted\":120,\"enrolled\":118,\"graduated\":0}");

        // a year that is no year never becomes part of the API's path
        int before = GATEWAY.received.size();
        MvcResult refused = mvc.perform(post("/partnerships/" + id + "/cohorts")
                        .session(session)
                        .with(csrf())
                        .param("intakeYear", "../../partners")
                        .param("admitted", "1")
                        .param("enrolled", "1")
                        .param("graduated", "1"))
                .andExpect(redirectedUrl("/partnerships/" + id))
                .andReturn();
        assertThat(refused.getFlashMap().get("refused").toString()).contains("year");
        assertThat(GATEWAY.received.size()).isEqualTo(before);
    }

    private static String partner(String id, String website) {
        return "{\"id\":\"" + id + "\",\"name\":{\"en\":\"Seoul National University\",\"ko\":\"서울대학교\"},"
                + "\"originalName\":\"서울대학교\",\"country\":\"KR\",\"city\":\"Seoul\",\"type\":\"UNIVERSITY\","
                + "\"website\":\"" + website + "\",\"continent\":\"ASIA\",\"beltAndRoad\":true,"
                + "\"contacts\":[{\"name\":\"Kim\",\"role\":\"Director\",\"email\":\"kim@snu.ac.kr\"}]}";
    }

    @Test
    void thePartnerFormEditsItsContactsAndSendsIfMatch() throws Exception {
        String id = UUID.randomUUID().toString();
        GATEWAY.answer("GET /api/partners/" + id, 200, partner(id, "https://www.snu.ac.kr"), "ETag", "\"2\"");
        GATEWAY.answer("PUT /api/partners/" + id, 200, partner(id, "https://en.snu.ac.kr"), "ETag", "\"3\"");
        GATEWAY.answer("GET /api/partnerships", 200, "{\"items\":[],\"page\":0,\"size\":100,\"total\":0}");
        MockHttpSession session = signIn("wang");
        assertThat(page("/partners/" + id, session)).contains("id=\"edit-partner\"");
        String form = page("/partners/" + id + "/edit", session);
        assertThat(form)
                .contains("value=\"Seoul National University\"")
                .contains("value=\"https://www.snu.ac.kr\"")
                .contains("name=\"etag\" value=\"&quot;2&quot;\"")
                // the contact as a row of the form, and an empty row for a new one
                .containsPattern("name=\"contacts\\[0]\\.email\" id=\"f-contacts-0-email\"\\s+value=\"kim@snu.ac.kr\"")
                .contains("id=\"f-contacts-1-name\"")
                .doesNotContain("id=\"f-contacts-2-name\"")
                .doesNotContain("name=\"key\"");
        mvc.perform(post("/partners/" + id)
                        .session(session)
                        .with(csrf())
                        .param("etag", "\"2\"")
                        .param("name.en", "Seoul National University")
                        .param("name.ko", "서울대학교")
                        .param("country", "KR")
                        .param("city", "Seoul")
                        .param("type", "UNIVERSITY")
                        .param("website", "https://en.snu.ac.kr")
                        .param("contacts[0].name", "Kim")
                        .param("contacts[0].role", "Director")
                        .param("contacts[0].email", "kim@snu.ac.kr")
                        .param("contacts[0].phone", "")
                        .param("contacts[1].name", "박지민")
                        .param("contacts[1].email", "park@snu.ac.kr"))
                .andExpect(redirectedUrl("/partners/" + id + "?saved"));
        StubGateway.Received put = last("PUT", "/api/partners/" + id);
        assertThat(put.headers().get("if-match")).isEqualTo("\"2\"");
        JsonNode sent = JsonMapper.builder().build().readTree(put.body());
        assertThat(sent.path("website").asString()).isEqualTo("https://en.snu.ac.kr");
        assertThat(sent.path("contacts").get(0).path("email").asString()).isEqualTo("kim@snu.ac.kr");
        assertThat(sent.path("contacts").get(0).has("phone")).isFalse();
        assertThat(sent.path("contacts").get(1).path("name").asString()).isEqualTo("박지민");
        assertThat(sent.path("contacts").size()).isEqualTo(2);

        // a row emptied is a contact removed
        mvc.perform(post("/partners/" + id)
                        .session(session)
                        .with(csrf())
                        .param("etag", "\"3\"")
                        .param("name.en", "Seoul National University")
                        .param("country", "KR")
                        .param("type", "UNIVERSITY")
                        .param("contacts[0].name", "")
                        .param("contacts[0].email", "")
                        .param("contacts[1].name", "박지민"))
                .andExpect(redirectedUrl("/partners/" + id + "?saved"));
        JsonNode removed = JsonMapper.builder()
                .build()
                .readTree(last("PUT", "/api/partners/" + id).body());
        assertThat(removed.path("contacts").size()).isEqualTo(1);
        assertThat(removed.path("contacts").get(0).path("name").asString()).isEqualTo("박지민");
        // derived fields are not the client's to write: the API would refuse them as unknown
        assertThat(sent.has("continent")).isFalse();
        assertThat(sent.has("id")).isFalse();
    }

    @Test
    void thePartnerFormShowsTheApisErrorsBesideTheFieldsAndTheStaleChanges() throws Exception {
        String id = UUID.randomUUID().toString();
        GATEWAY.answer("GET /api/partners/" + id, 200, partner(id, "https://www.snu.ac.kr"), "ETag", "\"5\"");
        GATEWAY.answer(
                "PUT /api/partners/" + id,
                400,
                "{\"type\":\"urn:intl:problem:validation\",\"title\":\"Invalid request\",\"status\":400,"
                        + "\"errors\":[{\"field\":\"website\",\"message\":\"must be an http(s) URL\"}]}");
        MockHttpSession session = signIn("wang");
        String invalid = mvc.perform(post("/partners/" + id)
                        .session(session)
                        .with(csrf())
                        .param("etag", "\"5\"")
                        .param("name.en", "Seoul National University")
                        .param("country", "KR")
                        .param("type", "UNIVERSITY")
                        .param("website", "javascript:alert(1)"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(invalid)
                .contains("id=\"e-website\">must be an http(s) URL")
                .contains("value=\"javascript:alert(1)\"");

        GATEWAY.answer(
                "PUT /api/partners/" + id,
                412,
                "{\"type\":\"urn:intl:problem:precondition-failed\",\"title\":\"Precondition failed\",\"status\":412}");
        GATEWAY.answer("GET /api/partners/" + id, 200, partner(id, "https://theirs.snu.ac.kr"), "ETag", "\"6\"");
        String stale = mvc.perform(post("/partners/" + id)
                        .session(session)
                        .with(csrf())
                        .param("etag", "\"5\"")
                        .param("name.en", "Seoul National University")
                        .param("country", "KR")
                        .param("type", "UNIVERSITY")
                        .param("website", "https://mine.snu.ac.kr"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(stale)
                .contains("id=\"stale\"")
                .contains("https://theirs.snu.ac.kr")
                .contains("value=\"https://mine.snu.ac.kr\"")
                .contains("name=\"etag\" value=\"&quot;6&quot;\"");
    }
}
