package org.openintl.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openintl.systemtests.Http.Response;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The office console in a real browser (headless Chromium), through the gateway as users reach it, signed in as
 * each role through the gateway's local issuer: the flows of a first working day. Element ids are the tests' hooks;
 * the texts are in whichever language the page is.
 */
@SystemTest
class ConsoleBrowserSystemTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SystemUnderTest system;
    private final URI console;

    ConsoleBrowserSystemTest(SystemUnderTest system) {
        this.system = system;
        this.console = system.stack().gatewayUrl();
    }

    @Test
    void aCounselorRegistersAStudentFilesAResidencePermitAndSeesTheAlertOnTheHomePage() {
        try (Browser browser = Browser.open(console, 1280, 900)) {
            browser.signIn(ConsoleUsers.COUNSELOR);
            measured(browser, "home (counselor, first load)");
            browser.go("/students/new");

            // nothing filled in: the API's validation errors appear beside their fields, nothing is stored
            browser.clickAndLoad("save");
            assertThat(browser.text("e-familyName")).isNotBlank();
            assertThat(browser.has("problem")).isTrue();
            browser.screenshot("student-form-errors");

            String passport = "M" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
            browser.type("f-familyName", "박");
            browser.type("f-givenName", "서연");
            browser.type("f-chineseName", "朴书妍");
            browser.type("f-nationality", "KR");
            browser.choose("f-gender", "FEMALE");
            browser.date("f-dateOfBirth", LocalDate.now().minusYears(20).toString());
            browser.type("f-passportNumber", passport);
            browser.choose("f-category", "BACHELOR");
            browser.type("f-college", "College of International Education");
            browser.choose("f-funding.type", "SELF_FUNDED");
            browser.clickAndLoad("save");

            assertThat(browser.text("student-name")).contains("박").contains("서연");
            String studentPage = URI.create(browser.url()).getPath();
            assertThat(studentPage).matches("/students/[0-9a-f-]{36}");

            // a residence permit that runs out in five days
            LocalDate expiry = LocalDate.now().plusDays(5);
            browser.find("file-document").findElement(By.tagName("summary")).click();
            browser.choose("d-type", "RESIDENCE_PERMIT");
            browser.type("d-number", "E" + passport.substring(1));
            browser.date("d-issue", LocalDate.now().minusYears(1).toString());
            browser.date("d-expiry", expiry.toString());
            browser.clickAndLoad("file-document-submit");
            assertThat(browser.has("refused"))
                    .as("the API refused the document")
                    .isFalse();
            assertThat(browser.text("documents")).contains(expiry.toString());
            assertThat(browser.text("deadlines")).contains(expiry.toString());
            browser.screenshot("student");

            browser.go("/");
            assertThat(browser.text("alerts")).contains("박").contains(expiry.toString());
            browser.screenshot("home-counselor");
            measured(browser, "home (counselor)");
            browser.find("alerts").findElement(By.partialLinkText("박")).click();
            browser.waiting().until(d -> d.getCurrentUrl().endsWith(studentPage));

            // found by name in the list (other tests have registered many students before this one)
            browser.go("/students?name=" + java.net.URLEncoder.encode("서연", java.nio.charset.StandardCharsets.UTF_8)
                    + "&nationality=KR");
            assertThat(browser.html()).contains("박");
            measured(browser, "students list");
            browser.screenshot("students");
            assertThat(browser.policyViolations()).isEmpty();
        }
    }

    @Test
    void aCounselorImportsASpreadsheetAndSeesTheRowsThatWereRefused() throws java.io.IOException {
        long n = ThreadLocalRandom.current().nextLong(1_000_000L, 10_000_000L);
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("students", ".csv");
        java.nio.file.Files.writeString(csv, """
                familyName,givenName,nationality,dateOfBirth,passportNumber,category,college,fundingType
                Nguyen,Anh,VN,2003-02-01,V%d,LANGUAGE,College of Chinese Language,SELF_FUNDED
                Tran,Binh,XX,2003-02-01,W%d,LANGUAGE,College of Chinese Language,SELF_FUNDED
                Phạm,Chi,VN,2003-02-01,X%d,LANGUAGE,College of Chinese Language,SELF_FUNDED
                """.formatted(n, n, n));
        try (Browser browser = Browser.open(console, 1280, 900)) {
            browser.signIn(ConsoleUsers.COUNSELOR);
            browser.go("/students/import");
            browser.find("file").sendKeys(csv.toAbsolutePath().toString());
            browser.clickAndLoad("upload");
            // the progress part refreshes itself (htmx) until the job has ended
            browser.waiting()
                    .withTimeout(Duration.ofMinutes(2))
                    .until(d ->
                            !"RUNNING".equals(d.findElement(By.id("job-status")).getAttribute("data-status")));
            assertThat(browser.find("job-status").getAttribute("data-status")).isEqualTo("COMPLETED");
            assertThat(browser.text("import-errors")).contains("3").contains("XX");
            browser.screenshot("students-import");
            assertThat(browser.policyViolations()).isEmpty();
        } finally {
            java.nio.file.Files.deleteIfExists(csv);
        }
    }

    @Test
    void aPartnershipOfficerSignsAnAgreementAndSeesWhatChangedMeanwhile() {
        String partnerId = system.office().registerPartner("KR", "Korea University", "高丽大学");
        try (Browser browser = Browser.open(console, 1280, 900)) {
            browser.signIn(ConsoleUsers.OFFICER);
            // from the partner's page, as an officer would: among thousands of partners it is chosen already
            browser.go("/partnerships/new?partner=" + partnerId);
            browser.type("f-title.zh", "本科生交换协议");
            browser.type("f-title.en", "Undergraduate exchange");
            browser.type("f-title.ko", "학부생 교환 협정");
            browser.choose("f-type", "STUDENT_EXCHANGE");
            browser.choose("f-partnerIds", partnerId);
            browser.type("f-responsibleUnit", "International College");
            browser.date("f-startDate", LocalDate.now().toString());
            browser.date("f-endDate", LocalDate.now().plusYears(3).toString());
            browser.type("f-noticeDays", "ninety");
            browser.clickAndLoad("save");
            // refused beside the field, and the form keeps what was typed
            assertThat(browser.text("e-noticeDays")).isNotBlank();
            assertThat(browser.find("f-title.ko").getAttribute("value")).isEqualTo("학부생 교환 협정");

            browser.type("f-noticeDays", "90");
            browser.clickAndLoad("save");
            String id = URI.create(browser.url()).getPath().replace("/partnerships/", "");
            assertThat(status(id)).isEqualTo("PROPOSED");
            browser.screenshot("partnership-proposed");

            browser.clickAndLoad("move-SIGNED");
            assertThat(browser.has("refused")).isFalse();
            assertThat(status(id)).isEqualTo("SIGNED");
            assertThat(browser.has("move-ACTIVE")).isTrue();
            browser.screenshot("partnership-signed");
            measured(browser, "partnership page");

            // somebody else saves the partnership while the officer edits it: the 412 shows what changed
            browser.go("/partnerships/" + id + "/edit");
            Response current = system.gateway().get("/api/partnerships/" + id);
            @SuppressWarnings("unchecked")
            Map<String, Object> details = JSON.convertValue(current.json().get("details"), LinkedHashMap.class);
            details.put("coordinator", "Prof. Choi");
            Response meanwhile = system.gateway()
                    .send("PUT", "/api/partnerships/" + id, details, "If-Match", current.header("ETag"));
            assertThat(meanwhile.status()).as(meanwhile.toString()).isEqualTo(200);
            browser.type("f-coordinator", "Dr. Lee");
            browser.clickAndLoad("save");
            assertThat(browser.text("stale")).contains("Prof. Choi").contains("Dr. Lee");
            browser.screenshot("partnership-stale-edit");
            browser.clickAndLoad("save");
            assertThat(browser.url()).contains("saved");
            assertThat(system.gateway()
                            .get("/api/partnerships/" + id)
                            .json()
                            .path("details")
                            .path("coordinator")
                            .asString())
                    .isEqualTo("Dr. Lee");

            // the list is in the page's language (Chinese), searched by the English title
            browser.go("/partnerships?q=" + "Undergraduate");
            assertThat(browser.html()).contains("本科生交换协议");
            browser.screenshot("partnerships");
            assertThat(browser.policyViolations()).isEmpty();
        }
    }

    @Test
    void aFacultyOfficerRegistersAForeignExpertFilesAWorkPermitAndSeesItsDeadlineOnTheHomePage() {
        LocalDate today = LocalDate.now();
        String passport = "E" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
        String name = "Weber " + passport.substring(1);
        String expertPage;
        try (Browser browser = Browser.open(console, 1280, 900)) {
            browser.signIn(ConsoleUsers.FACULTY);
            browser.go("/experts/new");
            browser.type("f-name", name);
            browser.type("f-chineseName", "韦安娜");
            browser.type("f-nationality", "DE");
            browser.choose("f-gender", "FEMALE");
            browser.date("f-dateOfBirth", "1982-05-04");
            browser.type("f-passportNumber", passport);
            browser.type("f-college", "School of Physics");
            browser.choose("f-position", "RESEARCH");
            browser.choose("f-permitCategory", "B");
            browser.date("f-contractStart", today.minusMonths(2).toString());
            browser.date("f-contractEnd", today.plusYears(2).toString());
            browser.type("f-teachingLoad", "-3");
            browser.clickAndLoad("save");
            // refused beside the field, what was typed kept
            assertThat(browser.text("e-teachingLoad")).isNotBlank();
            assertThat(browser.find("f-chineseName").getAttribute("value")).isEqualTo("韦安娜");

            browser.type("f-teachingLoad", "8");
            browser.clickAndLoad("save");
            assertThat(browser.text("expert-name")).contains(name);
            expertPage = URI.create(browser.url()).getPath();
            assertThat(expertPage).matches("/experts/[0-9a-f-]{36}");

            browser.clickAndLoad("move-CONTRACTED");
            assertThat(browser.has("refused")).as("the API refused the move").isFalse();
            assertThat(browser.has("move-IN_SERVICE")).isTrue();

            // a work permit running out in 35 days: its renewal is due in 5
            LocalDate expiry = today.plusDays(35);
            browser.find("file-document").findElement(By.tagName("summary")).click();
            browser.choose("d-type", "WORK_PERMIT");
            browser.type("d-number", "WP" + passport.substring(1));
            browser.date("d-issue", today.minusYears(1).toString());
            browser.date("d-expiry", expiry.toString());
            browser.clickAndLoad("file-document-submit");
            assertThat(browser.has("refused"))
                    .as("the API refused the document")
                    .isFalse();
            assertThat(browser.text("documents")).contains(expiry.toString());
            assertThat(browser.text("deadlines")).contains(today.plusDays(5).toString());
            browser.screenshot("expert");

            browser.go("/");
            assertThat(browser.text("expert-alerts"))
                    .contains(name)
                    .contains(today.plusDays(5).toString());
            browser.screenshot("home-faculty");
            assertThat(browser.policyViolations()).isEmpty();
        }
        try (Browser browser = Browser.open(console, 1280, 900)) {
            browser.signIn(ConsoleUsers.VIEWER);
            browser.go(expertPage);
            assertThat(browser.has("no-personal-data")).isTrue();
            assertThat(browser.html()).doesNotContain(passport).doesNotContain(name);
            assertThat(List.of("moves", "file-document", "edit-expert"))
                    .allSatisfy(id -> assertThat(browser.has(id)).as(id).isFalse());
        }
    }

    @Test
    void aPartnershipOfficerRecordsTheMoeApprovalAndAnEvaluationOfAJointProgram() {
        String partnerId = system.office().registerPartner("GB", "University of Leeds", "利兹大学");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", Map.of("en", "Joint bachelor in computing", "zh", "计算机科学本科合作办学项目"));
        body.put("type", "JOINT_PROGRAM");
        body.put("partnerIds", List.of(partnerId));
        body.put("responsibleUnit", "School of Computing");
        body.put("startDate", LocalDate.now().toString());
        body.put("endDate", LocalDate.now().plusYears(5).toString());
        Response created = system.gateway().post("/api/partnerships", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        try (Browser browser = Browser.open(console, 1280, 900)) {
            browser.signIn(ConsoleUsers.OFFICER);
            browser.go("/partnerships/" + id);
            browser.clickAndLoad("edit-program");
            browser.choose("f-program.level", "BACHELOR");
            browser.type("f-program.majors", "Computer Science, Software Engineering");
            browser.type("f-program.annualQuota", "120");
            browser.type("f-program.evaluations.year", "2026");
            browser.choose("f-program.evaluations.result", "QUALIFIED");
            browser.clickAndLoad("save");
            // no approval number: refused beside the field, what was typed stays
            assertThat(browser.text("e-program.approvalNumber")).isNotBlank();
            assertThat(browser.find("f-program.annualQuota").getAttribute("value"))
                    .isEqualTo("120");

            browser.type("f-program.approvalNumber", "MOE44GB2A20261234N");
            browser.clickAndLoad("save");
            assertThat(browser.url()).contains("saved");
            assertThat(browser.text("moe-approvalNumber")).isEqualTo("MOE44GB2A20261234N");
            assertThat(browser.has("evaluations")).isTrue();
            browser.screenshot("partnership-moe-record");
            JsonNode program = system.gateway()
                    .get("/api/partnerships/" + id)
                    .json()
                    .path("details")
                    .path("program");
            assertThat(program.path("annualQuota").asInt()).isEqualTo(120);
            assertThat(program.path("majors").size()).isEqualTo(2);
            assertThat(program.path("evaluations").get(0).path("result").asString())
                    .isEqualTo("QUALIFIED");
            assertThat(browser.policyViolations()).isEmpty();
        }
    }

    @Test
    void anEditorPublishesTheGeneratedDraftInTwoLanguages() {
        String partnerId = system.office().registerPartner("KR", "Yonsei University", "延世大学");
        String partnershipId = system.office().proposeExchange(partnerId, "Graduate exchange");
        assertThat(system.office().move(partnershipId, "SIGNED").status()).isEqualTo(200);
        // news-service writes the draft when it reads the signing from Kafka
        String articleId = await("the generated draft of the signing")
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> system.gateway()
                                .get("/api/news?generated=true&partnershipId=" + partnershipId)
                                .json()
                                .path("items"),
                        items -> items.size() == 1)
                .get(0)
                .path("id")
                .asString();

        try (Browser browser = Browser.open(console, 1280, 900)) {
            browser.signIn(ConsoleUsers.EDITOR);
            browser.go("/");
            assertThat(browser.text("review")).contains(title(articleId));
            browser.go("/news/" + articleId);
            browser.screenshot("news-generated-draft");
            browser.type("f-zh.title", "我校与延世大学签署研究生交换协议");
            browser.type("f-zh.body", "双方将互派研究生。");
            browser.choose("f-zh.status", "READY");
            browser.type("f-en.title", "Graduate exchange agreement signed with Yonsei University");
            browser.type("f-en.body", "The two universities will exchange graduate students.");
            browser.choose("f-en.status", "READY");
            browser.clickAndLoad("save");
            assertThat(browser.url()).contains("saved");

            browser.clickAndLoad("move-IN_REVIEW");
            // the reviewer sends it back with a note, the editor submits it again
            browser.type("m-note", "请补充签约日期 / add the date");
            browser.clickAndLoad("move-DRAFT");
            assertThat(browser.html()).contains("请补充签约日期");
            browser.clickAndLoad("move-IN_REVIEW");
            browser.clickAndLoad("move-PUBLISHED");
            assertThat(browser.has("refused")).isFalse();
            browser.screenshot("news-published");

            JsonNode article = system.gateway().get("/api/news/" + articleId).json();
            assertThat(article.path("status").asString()).isEqualTo("PUBLISHED");
            assertThat(article.path("publishedLanguages").toString())
                    .contains("zh")
                    .contains("en");

            browser.go("/news/" + articleId + "/preview?in=en");
            assertThat(browser.html()).contains("Graduate exchange agreement signed with Yonsei University");
            browser.screenshot("news-preview");
            assertThat(browser.policyViolations()).isEmpty();
        }
    }

    @Test
    void aViewerSeesNoPersonalDataAndNoWriteButtons() {
        Response student = system.office().registerStudent((String) null);
        assertThat(student.status()).as(student.toString()).isEqualTo(201);
        String studentId = student.json().path("id").asString();
        String passport = student.json().path("passportNumber").asString();
        String partnerId = system.office().registerPartner("TH", "Chulalongkorn University", "朱拉隆功大学");
        String partnershipId = system.office().proposeExchange(partnerId, "Thai exchange");
        Response article = system.gateway()
                .post(
                        "/api/news",
                        Map.of(
                                "translations",
                                Map.of("en", Map.of("title", "Delegation from Bangkok")),
                                "category",
                                "VISIT_INBOUND"),
                        "Idempotency-Key",
                        java.util.UUID.randomUUID().toString());
        assertThat(article.status()).as(article.toString()).isEqualTo(201);

        try (Browser browser = Browser.open(console, 1280, 900)) {
            browser.signIn(ConsoleUsers.VIEWER);
            browser.go("/students/" + studentId);
            assertThat(browser.has("no-personal-data")).isTrue();
            assertThat(browser.has("student-name")).isFalse();
            assertThat(browser.html()).doesNotContain(passport).doesNotContain("Minji");
            assertThat(List.of("moves", "file-document", "documents", "deadlines"))
                    .allSatisfy(id -> assertThat(browser.has(id)).as(id).isFalse());
            browser.screenshot("student-viewer");

            browser.go("/students");
            assertThat(browser.has("new-student")).isFalse();
            assertThat(browser.hasCss("a[href^='/students/export']")).isFalse();
            assertThat(browser.html()).doesNotContain("Minji");

            browser.go("/partnerships/" + partnershipId);
            assertThat(browser.has("moves")).isFalse();
            assertThat(browser.has("edit-partnership")).isFalse();
            browser.go("/partnerships");
            assertThat(browser.has("new-partnership")).isFalse();

            browser.go("/news");
            assertThat(browser.hasCss("a[href='/news/new']")).isFalse();
            browser.go("/news/" + article.json().path("id").asString());
            assertThat(browser.text("article-title")).isEqualTo("Delegation from Bangkok");
            assertThat(browser.has("save")).isFalse();
            assertThat(browser.has("moves")).isFalse();

            browser.go("/");
            assertThat(browser.html()).doesNotContain("Minji");
            browser.screenshot("home-viewer");
            assertThat(browser.policyViolations()).isEmpty();
        }
    }

    @Test
    void theLanguageIsRememberedAndThePagesFitAPhone() {
        try (Browser browser = Browser.open(console, 390, 844)) {
            browser.go("/login");
            assertThat(browser.find("signin").getText()).isEqualTo("登录");
            browser.signIn(ConsoleUsers.VIEWER);
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("zh");
            browser.screenshot("home-phone-zh");

            browser.driver().findElement(By.cssSelector("a[hreflang='en']")).click();
            browser.waiting()
                    .until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            browser.go("/partnerships");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("en");
            // nothing wider than the phone's screen
            Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth - window.innerWidth");
            assertThat(overflow).isLessThanOrEqualTo(0L);
            browser.screenshot("partnerships-phone-en");
            assertThat(browser.policyViolations()).isEmpty();
        }
    }

    private String status(String partnershipId) {
        return system.gateway()
                .get("/api/partnerships/" + partnershipId)
                .json()
                .path("status")
                .asString();
    }

    private String title(String articleId) {
        JsonNode translations =
                system.gateway().get("/api/news/" + articleId).json().path("translations");
        for (String lang : List.of("zh", "en", "ko")) {
            String title = translations.path(lang).path("title").asString();
            if (title != null && !title.isBlank()) {
                return title;
            }
        }
        throw new AssertionError("the generated draft has no title: " + translations);
    }

    private static void measured(Browser browser, String page) {
        Map<String, Object> timing = browser.pageTiming();
        Measurements.record("console in Chromium: " + page, timing.toString());
    }
}
