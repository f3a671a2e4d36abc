package org.openintl.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The console's pages through its HTTP interface, with a stub in place of the gateway: sign-in against the issuer,
 * CSRF, headers, the language cookie, what a role sees, the API's errors beside their fields and the 412 of a stale
 * edit. The real gateway and services, in a real browser: {@code ConsoleBrowserSystemTest} in system-tests.
 */
class ConsoleIntegrationTest extends ConsolePageTest {

    static final StubGateway GATEWAY = new StubGateway();

    static {
        GATEWAY.user("mei", "STUDENT_COUNSELOR");
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

    @Test
    void pagesNeedASignedInUser() throws Exception {
        mvc.perform(get("/students")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theSignInPageCarriesTheSecurityHeadersAndNoInlineScript() throws Exception {
        MvcResult page = mvc.perform(get("/login").header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn();
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains("登录").contains("name=\"_csrf\"");
        // every script element has a src: nothing inline for the policy to refuse
        assertThat(html).contains("<script src=").doesNotContainPattern("<script(?![^>]*\\bsrc=)");
    }

    @Test
    void theLanguageSwitchIsRememberedInACookie() throws Exception {
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(cookie().exists("INTL_CONSOLE_LANG"))
                .andExpect(cookie().httpOnly("INTL_CONSOLE_LANG", true))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sign in")));
        mvc.perform(get("/login").cookie(new jakarta.servlet.http.Cookie("INTL_CONSOLE_LANG", "en")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("User name")));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "mei").param("password", "right"))
                .andExpect(status().isForbidden());
        MockHttpSession session = signIn("mei");
        mvc.perform(post("/students")
                        .session(session)
                        .param("key", UUID.randomUUID().toString()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aWrongPasswordIsShownOnTheSignInPage() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "mei").param("password", "wrong"))
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void signingInKeepsTheTokenOnTheServerAndCallsTheApiWithIt() throws Exception {
        GATEWAY.answer("GET /api/students", 200, "{\"items\":[],\"page\":0,\"size\":25,\"total\":0}");
        MockHttpSession session = signIn("mei");
        mvc.perform(get("/students").session(session)).andExpect(status().isOk());
        StubGateway.Received call = GATEWAY.received.stream()
                .filter(r -> r.path().equals("/api/students"))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(call.authorization()).startsWith("Bearer ").contains(".");
    }

    @Test
    void theApisValidationErrorsAppearBesideTheirFieldsAndTheFormKeepsWhatWasTyped() throws Exception {
        GATEWAY.answer(
                "POST /api/students",
                400,
                "{\"type\":\"urn:intl:problem:validation\",\"title\":\"Invalid request\",\"status\":400,"
                        + "\"detail\":\"2 fields are invalid\",\"errors\":[{\"field\":\"familyName\",\"message\":"
                        + "\"must not be blank\"},{\"field\":\"funding.type\",\"message\":\"must not be null\"}]}");
        MockHttpSession session = signIn("mei");
        String html = mvc.perform(post("/students")
                        .session(session)
                        .with(csrf())
                        .param("key", UUID.randomUUID().toString())
                        .param("givenName", "서연")
                        .param("familyName", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("id=\"e-familyName\">must not be blank")
                .contains("id=\"e-funding.type\">must not be null")
                .contains("value=\"서연\"");
    }

    @Test
    void aStaleEditShowsWhatChangedAndTakesTheNewVersion() throws Exception {
        String id = UUID.randomUUID().toString();
        String partnership =
                "{\"id\":\"" + id + "\",\"status\":\"ACTIVE\",\"details\":{\"title\":{\"en\":\"Exchange\"},"
                        + "\"type\":\"MOU\",\"partnerIds\":[],\"responsibleUnit\":\"International College\","
                        + "\"coordinator\":\"Prof. Choi\",\"startDate\":\"2026-01-01\",\"endDate\":\"2029-01-01\"},"
                        + "\"partners\":[],\"allowedTransitions\":[],\"history\":[]}";
        GATEWAY.answer("GET /api/partnerships/" + id, 200, partnership, "ETag", "\"7\"");
        GATEWAY.answer("GET /api/partners", 200, "{\"items\":[],\"page\":0,\"size\":200,\"total\":0}");
        GATEWAY.answer(
                "PUT /api/partnerships/" + id,
                412,
                "{\"type\":\"urn:intl:problem:precondition-failed\",\"title\":\"Precondition failed\",\"status\":412}");
        GATEWAY.user("wang", "PARTNERSHIP_OFFICER");
        MockHttpSession session = signIn("wang");
        String html = mvc.perform(post("/partnerships/" + id)
                        .session(session)
                        .with(csrf())
                        .param("etag", "\"6\"")
                        .param("title.en", "Exchange")
                        .param("type", "MOU")
                        .param("responsibleUnit", "International College")
                        .param("coordinator", "Dr. Lee")
                        .param("startDate", "2026-01-01")
                        .param("endDate", "2029-01-01"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("id=\"stale\"").contains("Prof. Choi").contains("Dr. Lee");
        // saving again names the version the user has now seen
        assertThat(html).contains("name=\"etag\" value=\"&quot;7&quot;\"");
        assertThat(GATEWAY.received.stream()
                        .filter(r -> r.method().equals("PUT"))
                        .reduce((a, b) -> b)
                        .orElseThrow()
                        .headers()
                        .get("if-match"))
                .isEqualTo("\"6\"");
    }

    @Test
    void aViewerGetsNoWriteButtons() throws Exception {
        String id = UUID.randomUUID().toString();
        GATEWAY.answer(
                "GET /api/students/" + id,
                200,
                "{\"id\":\"" + id + "\",\"status\":\"ENROLLED\",\"nationality\":\"KR\",\"category\":\"BACHELOR\","
                        + "\"college\":\"CIE\",\"funding\":{\"type\":\"CSC\"},\"history\":[]}",
                "ETag",
                "\"3\"");
        MockHttpSession session = signIn("zhao");
        String html = mvc.perform(get("/students/" + id).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("id=\"no-personal-data\"")
                .doesNotContain("id=\"moves\"")
                .doesNotContain("/edit");
    }

    @Test
    void anExpiredTokenSendsTheUserToSignInAgain() throws Exception {
        GATEWAY.answer("GET /api/news", 401, "{\"type\":\"urn:intl:problem:unauthorized\",\"status\":401}");
        MockHttpSession session = signIn("mei");
        mvc.perform(get("/news").session(session)).andExpect(redirectedUrl("/login?error=expired"));
    }
}
