package org.openintl.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Spreadsheets in and out through the console, with a stub in place of the gateway: an Excel file goes to the API as
 * a workbook with the form's idempotency key, "check only" asks for a dry run and shows its counts and errors, a file
 * that is no spreadsheet never reaches the API, and exports and templates stream with the list's filters.
 */
class SpreadsheetPagesIntegrationTest extends ConsolePageTest {

    static final StubGateway GATEWAY = new StubGateway();

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static {
        GATEWAY.user("wang", "PARTNERSHIP_OFFICER");
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
    void anExcelFileGoesToTheApiAsAWorkbookAndItsJobIsFollowed() throws Exception {
        String job = UUID.randomUUID().toString();
        GATEWAY.answer(
                "POST /api/partners/imports",
                202,
                "{\"id\":\"" + job + "\",\"status\":\"RUNNING\",\"total\":3,\"processed\":0,\"errors\":[]}",
                "Location",
                "/api/partners/imports/" + job);
        GATEWAY.answer(
                "GET /api/partners/imports/" + job,
                200,
                "{\"id\":\"" + job + "\",\"status\":\"COMPLETED\",\"total\":3,\"processed\":3,\"created\":1,"
                        + "\"matched\":1,\"refused\":1,\"errors\":[{\"line\":3,\"message\":\"country 'XX' is unknown\"}]}");
        MockHttpSession session = signIn("wang");
        String key = UUID.randomUUID().toString();
        mvc.perform(multipart("/partners/import")
                        .file(new MockMultipartFile("file", "伙伴.XLSX", XLSX, new byte[] {'P', 'K', 3, 4}))
                        .param("key", key)
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/partners/imports/" + job));
        StubGateway.Received sent = last("POST", "/api/partners/imports");
        assertThat(sent.headers().get("content-type")).isEqualTo(XLSX);
        assertThat(sent.headers().get("idempotency-key")).isEqualTo(key);
        assertThat(sent.query()).isNull();

        assertThat(page("/partners/imports/" + job + "?lang=en", session))
                .contains("3 of 3 rows read: 1 created, 1 already there, 1 refused")
                .contains("country &#39;XX&#39; is unknown");
    }

    @Test
    void checkOnlyShowsWhatAnImportWouldDoAndSendsNoKey() throws Exception {
        GATEWAY.answer(
                "POST /api/partnerships/imports",
                200,
                "{\"id\":\"" + UUID.randomUUID() + "\",\"dryRun\":true,\"status\":\"COMPLETED\",\"total\":4,"
                        + "\"created\":2,\"matched\":1,\"refused\":1,"
                        + "\"errors\":[{\"line\":5,\"message\":\"signedOn is in the future\"}]}");
        String html = mvc.perform(multipart("/partnerships/import")
                        .file(new MockMultipartFile(
                                "file", "agreements.csv", "text/csv", "title.en\nx\n".getBytes(StandardCharsets.UTF_8)))
                        .param("key", UUID.randomUUID().toString())
                        .param("dryRun", "true")
                        .param("lang", "en")
                        .session(signIn("wang"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("id=\"check-result\"")
                .contains("4 rows: 2 would be created, 1 are already there, 1 would be refused")
                .contains("signedOn is in the future");
        StubGateway.Received sent = last("POST", "/api/partnerships/imports");
        assertThat(sent.query()).isEqualTo("dryRun=true");
        assertThat(sent.headers().get("content-type")).startsWith("text/csv");
        assertThat(sent.headers()).doesNotContainKey("idempotency-key");
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRefusedOnThePageAndNeverSent() throws Exception {
        int before = GATEWAY.received.size();
        MockHttpSession session = signIn("wang");
        int afterSignIn = GATEWAY.received.size();
        String html = mvc.perform(multipart("/partners/import")
                        .file(new MockMultipartFile("file", "partners.exe", "application/octet-stream", new byte[] {1}))
                        .param("key", UUID.randomUUID().toString())
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("id=\"problem\"").contains(".xlsx");
        assertThat(afterSignIn).isGreaterThan(before);
        assertThat(GATEWAY.received.size()).isEqualTo(afterSignIn);
    }

    @Test
    void exportsAndTemplatesStreamWithTheListsFilters() throws Exception {
        GATEWAY.answer("GET /api/partners/export", 200, "name.en,country\nLeeds,GB\n");
        MockHttpSession session = signIn("wang");
        MvcResult export = mvc.perform(
                        get("/partners/export?country=GB&format=xlsx&page=3").session(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"partners.xlsx\""))
                .andReturn();
        assertThat(export.getResponse().getContentAsString()).contains("Leeds,GB");
        StubGateway.Received sent = last("GET", "/api/partners/export");
        assertThat(sent.query()).isEqualTo("country=GB&format=xlsx");
        assertThat(sent.headers().get("accept")).startsWith(XLSX);

        mvc.perform(get("/partners/export?format=pdf").session(session)).andExpect(status().isBadRequest());

        // the API refuses: an error page, not a download
        mvc.perform(get("/partnerships/imports/template.xlsx").session(session))
                .andExpect(status().isNotFound())
                .andExpect(header().doesNotExist("Content-Disposition"));
    }
}
