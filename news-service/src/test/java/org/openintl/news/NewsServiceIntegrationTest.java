package org.openintl.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openintl.news.partnership.PartnershipRepository;
import org.openintl.platform.events.CloudEventRecords;
import org.openintl.platform.events.EventChannel;
import org.openintl.platform.events.OutboxEntry;
import org.openintl.platform.testing.EmbeddedInfrastructure;
import org.openintl.platform.testing.EventSchemas;
import org.openintl.platform.testing.ForgedTokenChecks;
import org.openintl.platform.testing.Http;
import org.openintl.platform.testing.PoisonRecords;
import org.openintl.platform.testing.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The news service through its public interfaces: real HTTP, real Kafka topics (what it publishes and what it
 * consumes) and the MongoDB-wire server.
 */
@ExtendWith(EmbeddedInfrastructure.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"intl.events.retries=1", "intl.events.initial-backoff=50ms", "intl.news.metrics.refresh=0s"})
class NewsServiceIntegrationTest {

    private static final String NEWS = "intl.news.v1";
    private static final String PARTNERSHIPS = "intl.partnerships.v1";
    private static final String STUDENTS = "intl.students.v1";
    private static final EventChannel PARTNERSHIP_SERVICE = EventChannel.of("/partnership-service", PARTNERSHIPS);
    private static final EventChannel STUDENT_SERVICE = EventChannel.of("/student-service", STUDENTS);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    /** Actuator's port: probes, health details, metrics, the OpenAPI document. */
    Http management() {
        return new Http("http://127.0.0.1:" + managementPort).anonymous();
    }

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    MongoDatabase db;

    @Autowired
    PartnershipRepository partnerships;

    Http http;

    @BeforeAll
    static void topicsOfTheOtherServices() throws Exception {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.kafkaBootstrap());
        try (Admin admin = Admin.create(config)) {
            var existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (String t : List.of(PARTNERSHIPS, STUDENTS)) {
                if (!existing.contains(t)) {
                    missing.add(new NewTopic(t, 3, (short) 1));
                }
            }
            admin.createTopics(missing).all().get();
        }
    }

    @BeforeEach
    void setUp() {
        http = new Http("http://127.0.0.1:" + port);
    }

    @Test
    void articleGoesThroughReviewIsPublishedInItsReadyLanguagesAndEveryStepIsAnnounced() {
        UUID partnership = knownPartnership();
        Map<String, Object> body = article(
                Map.of(
                        "zh", Map.of("title", "外事工作会议召开", "summary", "会议回顾了中外合作办学工作。", "body", "# 会议\n\n正文"),
                        "en",
                                Map.of(
                                        "title",
                                        "Working meeting on foreign affairs",
                                        "summary",
                                        "Leaders reviewed the year."),
                        "ko", Map.of("title", "외사 업무 회의 개최", "status", "DRAFT")),
                "MEETING");
        body.put("themes", List.of("SINO_FOREIGN_COOPERATION", "STUDY_IN_CHINA"));
        body.put("eventDate", "2019-05-30");
        body.put("place", Map.of("zh", "行政楼第一会议室", "en", "Administration Building"));
        body.put("people", List.of("校长", "Vice-President for International Affairs"));
        body.put("units", List.of("国际交流与合作处"));
        body.put("partnershipIds", List.of(partnership.toString()));

        var created = http.post("/api/news", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).endsWith("/api/news/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        JsonNode a = created.json();
        assertThat(a.get("status").asString()).isEqualTo("DRAFT");
        assertThat(a.get("translations").get("zh").get("status").asString()).isEqualTo("READY");
        assertThat(a.get("translations").get("ko").get("status").asString()).isEqualTo("DRAFT");
        assertThat(a.get("translations").get("en").get("slug").asString())
                .startsWith("working-meeting-on-foreign-affairs-");
        assertThat(a.get("translations").get("zh").get("body").asString()).isEqualTo("# 会议\n\n正文");
        assertThat(a.get("allowedTransitions").toString()).contains("IN_REVIEW");

        var fetched = http.get("/api/news/" + id);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.json().get("eventDate").asString()).isEqualTo("2019-05-30");
        assertThat(http.get("/api/news/" + id, "If-None-Match", "\"1\"").status())
                .isEqualTo(304);

        assertThat(move(id, "IN_REVIEW", null, "\"1\"").status()).isEqualTo(200);
        var backWithoutNote = move(id, "DRAFT", null, null);
        assertThat(backWithoutNote.status()).isEqualTo(400);
        assertThat(backWithoutNote.json().get("errors").get(0).get("field").asString())
                .isEqualTo("note");
        var back = move(id, "DRAFT", "Please add the list of participants", null);
        assertThat(back.json().get("reviewNote").asString()).isEqualTo("Please add the list of participants");
        move(id, "IN_REVIEW", null, null);
        var published = move(id, "PUBLISHED", null, null);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().get("publishedLanguages").toString()).isEqualTo("[\"zh\",\"en\"]");
        assertThat(published.json().get("publishedAt").isNull()).isFalse();
        String etag = published.header("ETag");

        var patched = http.send(
                "PATCH",
                "/api/news/" + id,
                Map.of("translations", Map.of("ko", Map.of("status", "READY"))),
                "application/merge-patch+json",
                "If-Match",
                etag);
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json().get("publishedLanguages").toString()).isEqualTo("[\"zh\",\"en\",\"ko\"]");
        assertThat(patched.json().get("translations").get("zh").get("body").asString())
                .isEqualTo("# 会议\n\n正文");
        var stale = http.send(
                "PATCH", "/api/news/" + id, Map.of("category", "CONFERENCE"), "application/json", "If-Match", etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(http.get("/api/news/" + id).json().get("category").asString())
                .isEqualTo("MEETING");

        var archived = move(id, "ARCHIVED", null, patched.header("ETag"));
        assertThat(archived.status()).isEqualTo(200);
        assertThat(http.put("/api/news/" + id, body).status())
                .as("If-Match required")
                .isEqualTo(428);
        var editArchived = http.put("/api/news/" + id, body, "If-Match", archived.header("ETag"));
        assertThat(editArchived.status()).isEqualTo(409);

        try (var probe = new TopicProbe(EmbeddedInfrastructure.kafkaBootstrap(), NEWS)) {
            List<ConsumerRecord<String, byte[]>> events = await().atMost(Duration.ofSeconds(20))
                    .until(
                            () -> probe.poll().stream()
                                    .filter(r -> id.equals(r.key()))
                                    .toList(),
                            l -> l.size() >= 3);
            assertThat(events)
                    .extracting(r -> header(r, "ce_type"))
                    .containsExactly("intl.news.published.v1", "intl.news.updated.v1", "intl.news.archived.v1");
            events.forEach(EventSchemas::assertValid);
            ConsumerRecord<String, byte[]> first = events.get(0);
            assertThat(header(first, "ce_source")).isEqualTo("/news-service");
            assertThat(header(first, "ce_subject")).isEqualTo(id);
            assertThat(header(first, "ce_specversion")).isEqualTo("1.0");
            assertThat(events)
                    .extracting(r -> Long.parseLong(header(r, "ce_sequence")))
                    .isSorted();
            JsonNode payload = JSON.readTree(first.value());
            assertThat(payload.get("languages").toString()).isEqualTo("[\"zh\",\"en\"]");
            assertThat(payload.get("titles").get("en").asString()).isEqualTo("Working meeting on foreign affairs");
            assertThat(payload.get("titles").has("ko")).isFalse();
            assertThat(payload.get("partnershipIds").get(0).asString()).isEqualTo(partnership.toString());
            assertThat(payload.has("body")).isFalse();
            assertThat(JSON.readTree(events.get(1).value()).get("languages").toString())
                    .isEqualTo("[\"zh\",\"en\",\"ko\"]");
        }
    }

    @Test
    void searchFindsChineseAndKoreanWordsInsideRunningTextAndEnglishWordsInAnyCase() {
        String chinese = create(article(
                Map.of("zh", Map.of("title", "鄂尔多斯代表团来访", "body", "我校与鄂尔多斯理工学院签署合作办学协议，双方将共建实验室。")), "VISIT_INBOUND"));
        String korean = create(
                article(Map.of("ko", Map.of("title", "제주대학교와 국제 교류 협정 체결", "summary", "양교는 학생교류를 확대한다.")), "SIGNING"));
        String english = create(article(
                Map.of(
                        "en",
                        Map.of(
                                "title",
                                "Delegation from Ouagadougou",
                                "body",
                                "The OUAGADOUGOU delegation met deans.")),
                "VISIT_INBOUND"));

        assertThat(search("合作办学")).contains(chinese);
        assertThat(search("实验室")).contains(chinese);
        assertThat(search("教류협정")).doesNotContain(korean);
        assertThat(search("교류협정")).contains(korean);
        assertThat(search("국제 교류")).contains(korean);
        assertThat(search("학생 교류")).contains(korean);
        assertThat(search("ouagadougou")).containsExactly(english);
        assertThat(search("Ouagadougou DEANS")).containsExactly(english);
        assertThat(search("鄂尔多斯 lab")).isEmpty();
        assertThat(search("鄂多")).doesNotContain(chinese);
        assertThat(search("鄂")).contains(chinese);

        var ranked = http.get("/api/news?q=" + url("鄂尔多斯"));
        assertThat(ranked.json().get("items").get(0).get("id").asString()).isEqualTo(chinese);
        assertThat(ranked.json().get("items").get(0).get("score").asInt()).isPositive();
        assertThat(ranked.json()
                        .get("items")
                        .get(0)
                        .get("translations")
                        .get("zh")
                        .has("body"))
                .isFalse();

        var filtered = http.get("/api/news?category=SIGNING&language=ko&status=DRAFT&q=" + url("교류"));
        assertThat(ids(filtered.json())).contains(korean).doesNotContain(chinese, english);
    }

    @Test
    void atomFeedListsPublishedArticlesOfTheLanguageWithEscapedTexts() throws Exception {
        Map<String, Object> body = article(
                Map.of(
                        "en",
                                Map.of(
                                        "title",
                                        "Exchange <script>alert(1)</script> & more",
                                        "summary",
                                        "A & B < C",
                                        "body",
                                        "**bold** <b>"),
                        "zh", Map.of("title", "交流活动", "status", "DRAFT")),
                "CONFERENCE");
        body.put("themes", List.of("TALENT_TRAINING"));
        String id = create(body);
        move(id, "IN_REVIEW", null, null);
        assertThat(move(id, "PUBLISHED", null, null).status()).isEqualTo(200);

        var feed = http.get("/api/news/feed.atom?lang=en&theme=TALENT_TRAINING");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.header("Content-Type")).startsWith("application/atom+xml");
        assertThat(feed.body())
                .doesNotContain("<script>")
                .contains("&lt;script&gt;")
                .contains("&amp; more");
        Document doc = parse(feed.body());
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(child(root, "id")).startsWith("urn:uuid:");
        assertThat(child(root, "updated")).isNotBlank();
        List<Element> entries = children(root, "entry");
        Element entry = entries.stream()
                .filter(e -> child(e, "title").contains("<script>"))
                .findFirst()
                .orElseThrow();
        assertThat(child(entry, "title")).isEqualTo("Exchange <script>alert(1)</script> & more");
        assertThat(child(entry, "content")).isEqualTo("**bold** <b>");
        assertThat(child(entry, "id")).startsWith("urn:uuid:");

        var zh = parse(http.get("/api/news/feed.atom?lang=zh").body());
        assertThat(children(zh.getDocumentElement(), "entry"))
                .noneMatch(e -> child(e, "title").equals("交流活动"));
        assertThat(http.anonymous().get("/api/news/feed.atom?lang=en").status())
                .as("feed readers send no token")
                .isEqualTo(200);
        assertThat(http.get("/api/news/feed.atom?lang=fr").status()).isEqualTo(400);
        assertThat(http.get("/api/news/feed.atom").status()).isEqualTo(400);
    }

    @Test
    void signedPartnershipDeliveredTwiceYieldsExactlyOneDraft() throws Exception {
        UUID partnership = UUID.randomUUID();
        UUID partner = UUID.randomUUID();
        Map<String, Object> data = partnershipData(partnership, partner, "SIGNED");
        var signed = CloudEventRecords.toRecord(
                PARTNERSHIP_SERVICE,
                partnership,
                new OutboxEntry(
                        UUID.randomUUID(),
                        "intl.partnership.signed.v1",
                        2,
                        Instant.now(),
                        null,
                        JSON.writeValueAsString(data)));
        kafka.send(signed).get();
        kafka.send(signed).get();
        // an event type the service does not use, on the same partition: skipped, not dead-lettered
        kafka.send(CloudEventRecords.toRecord(
                        PARTNERSHIP_SERVICE,
                        partnership,
                        new OutboxEntry(
                                UUID.randomUUID(),
                                "intl.partner.renamed.v1",
                                1,
                                Instant.now(),
                                null,
                                "{\"whatever\":[1]}")))
                .get();
        // a later event on the same partition: once it is projected, the duplicates were handled
        kafka.send(CloudEventRecords.toRecord(
                        PARTNERSHIP_SERVICE,
                        partnership,
                        new OutboxEntry(
                                UUID.randomUUID(),
                                "intl.partnership.activated.v1",
                                3,
                                Instant.now(),
                                null,
                                JSON.writeValueAsString(partnershipData(partnership, partner, "ACTIVE")))))
                .get();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> partnerships.find(partnership).map(p -> p.status()).orElse(""), "ACTIVE"::equals);

        var drafts = http.get("/api/news?generated=true&partnershipId=" + partnership);
        assertThat(drafts.json().get("total").asLong()).isEqualTo(1);
        JsonNode draft = drafts.json().get("items").get(0);
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("category").asString()).isEqualTo("SIGNING");
        assertThat(draft.get("generated").get("reason").asString()).isEqualTo("PARTNERSHIP_SIGNED");
        assertThat(draft.get("translations").get("zh").get("title").asString()).isEqualTo("我校与莫斯科国立大学签署《中俄联合办学项目协议》");
        assertThat(draft.get("translations").get("en").get("summary").asString())
                .contains("Lomonosov Moscow State University")
                .contains("Russia");
        assertThat(draft.get("translations").get("ko").get("status").asString()).isEqualTo("MISSING");
        assertThat(draft.get("eventDate").asString()).isEqualTo("2026-03-02");
        assertThat(draft.get("partnerIds").get(0).asString()).isEqualTo(partner.toString());
        assertThat(draft.get("themes").toString()).contains("SINO_FOREIGN_COOPERATION");
        assertThat(db.getCollection("articles")
                        .countDocuments(Filters.eq("state.article.content.partnershipIds", partnership)))
                .isEqualTo(1);
    }

    /**
     * The defect of issue 11: a record with valid CloudEvents headers but a made-up body became a "signing" (a draft,
     * and a partnership id the projection accepted). Now it and every other kind of poison go to the dead-letter
     * topic, are counted, and change nothing, on both consumed topics.
     */
    @Test
    void poisonRecordsAreDeadLetteredCountedAndNeverApplied() throws Exception {
        String prometheus = management().get("/actuator/prometheus").body();
        double partnershipsBefore = PoisonRecords.deadLetteredCount(prometheus, PARTNERSHIPS);
        double studentsBefore = PoisonRecords.deadLetteredCount(prometheus, STUDENTS);
        var onPartnerships = PoisonRecords.all(
                PARTNERSHIP_SERVICE,
                "intl.partnership.signed.v1",
                id -> JSON.writeValueAsString(partnershipData(id, UUID.randomUUID(), "SIGNED")));
        var onStudents = PoisonRecords.all(
                STUDENT_SERVICE,
                "intl.student.enrolled.v1",
                id -> JSON.writeValueAsString(studentData(id.toString(), "KP")));
        for (var p : onPartnerships) {
            kafka.send(p.record()).get();
        }
        for (var p : onStudents) {
            kafka.send(p.record()).get();
        }

        PoisonRecords.awaitDeadLettered(
                EmbeddedInfrastructure.kafkaBootstrap(), PARTNERSHIPS, "news-service.partnerships", onPartnerships);
        PoisonRecords.awaitDeadLettered(
                EmbeddedInfrastructure.kafkaBootstrap(), STUDENTS, "news-service.students", onStudents);

        for (var p : onPartnerships) {
            UUID id = UUID.fromString(p.key());
            assertThat(partnerships.find(id)).as(p.name()).isEmpty();
            assertThat(http.get("/api/news?generated=true&partnershipId=" + id)
                            .json()
                            .get("total")
                            .asLong())
                    .as(p.name())
                    .isZero();
            Map<String, Object> referring = article(Map.of("en", Map.of("title", "Signed")), "SIGNING");
            referring.put("partnershipIds", List.of(id.toString()));
            assertThat(http.post("/api/news", referring).status()).as(p.name()).isEqualTo(422);
        }
        assertThat(milestoneDrafts("首位来自朝鲜")).isEmpty();
        String after = management().get("/actuator/prometheus").body();
        assertThat(PoisonRecords.deadLetteredCount(after, PARTNERSHIPS))
                .isGreaterThanOrEqualTo(partnershipsBefore + onPartnerships.size());
        assertThat(PoisonRecords.deadLetteredCount(after, STUDENTS))
                .isGreaterThanOrEqualTo(studentsBefore + onStudents.size());
    }

    @Test
    void firstEnrolledStudentOfANationalityYieldsOneDraftAndLaterOnesNone() throws Exception {
        String key = UUID.randomUUID().toString();
        var first = studentEvent(key, "intl.student.enrolled.v1", 1, "TM");
        kafka.send(first).get();
        kafka.send(first).get();
        kafka.send(studentEvent(key, "intl.student.enrolled.v1", 2, "TM")).get();
        kafka.send(studentEvent(key, "intl.student.program-at-risk.v1", 3, "TM"))
                .get();
        kafka.send(studentEvent(key, "intl.student.enrolled.v1", 4, "BT")).get();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> milestoneDrafts("首位来自不丹").size() == 1);

        List<JsonNode> drafts = milestoneDrafts("首位来自土库曼斯坦");
        assertThat(drafts).hasSize(1);
        JsonNode draft = drafts.get(0);
        assertThat(draft.get("category").asString()).isEqualTo("STUDENT_LIFE");
        assertThat(draft.get("generated").get("reason").asString()).isEqualTo("FIRST_STUDENT_OF_NATIONALITY");
        assertThat(draft.get("translations").get("en").get("title").asString())
                .isEqualTo("First student from Turkmenistan enrols");
        assertThat(draft.get("translations").get("zh").get("summary").asString())
                .contains("一带一路");
        assertThat(draft.toString()).doesNotContain(key);
    }

    @Test
    void anEnrolmentBroughtInAsItWasIsNoNewsAndMakesItsNationalityKnown() throws Exception {
        String imported = UUID.randomUUID().toString();
        var migrated = CloudEventRecords.toRecord(
                STUDENT_SERVICE,
                UUID.fromString(imported),
                new OutboxEntry(
                        UUID.randomUUID(),
                        "intl.student.enrolled.v1",
                        1,
                        Instant.now(),
                        null,
                        JSON.writeValueAsString(studentData(imported, "NR")),
                        true));
        kafka.send(migrated).get();
        // one subject, so one partition: once Kiribati's draft is there, both of Nauru's enrolments were applied
        kafka.send(studentEvent(imported, "intl.student.enrolled.v1", 2, "NR")).get();
        kafka.send(studentEvent(imported, "intl.student.enrolled.v1", 3, "KI")).get();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> milestoneDrafts("首位来自基里巴斯").size() == 1);
        assertThat(milestoneDrafts("首位来自瑙鲁")).isEmpty();
    }

    @Test
    void everyRuleBreakIsAProblemAndStoresNothing() {
        long before = db.getCollection("articles").countDocuments();
        Map<String, Object> valid = article(Map.of("en", Map.of("title", "Valid")), "ANNOUNCEMENT");

        problem(http.post("/api/news", "{\"translations\": "), 400, "malformed-request", null);
        problem(
                http.post("/api/news", article(Map.of("en", Map.of("summary", "no title")), "MEETING")),
                400,
                "validation",
                "translations.en.title");
        problem(http.post("/api/news", Map.of("category", "MEETING")), 400, "validation", "translations");
        problem(
                http.post("/api/news", Map.of("translations", Map.of("zh", Map.of("title", "x")))),
                400,
                "validation",
                "category");
        problem(
                http.post("/api/news", article(Map.of("en", Map.of("title", "x")), "PARTY")),
                400,
                "validation",
                "category");
        problem(
                http.post("/api/news", article(Map.of("en", Map.of("title", "x", "status", "MISSING")), "MEETING")),
                400,
                "validation",
                "translations.en.status");
        problem(
                http.post(
                        "/api/news",
                        article(Map.of("en", Map.of("title", "x"), "ko", Map.of("status", "DRAFT")), "MEETING")),
                400,
                "validation",
                "translations.ko.status");
        problem(
                http.post("/api/news", article(Map.of("en", Map.of("title", "x", "slug", "Not A Slug")), "MEETING")),
                400,
                "validation",
                "translations.en.slug");
        problem(
                http.post("/api/news", article(Map.of("en", Map.of("title", "x".repeat(301))), "MEETING")),
                400,
                "validation",
                "translations.en.title");
        Map<String, Object> badPlace = article(Map.of("en", Map.of("title", "x")), "MEETING");
        badPlace.put("place", Map.of("zh", " "));
        problem(http.post("/api/news", badPlace), 400, "validation", "place");
        var tooLarge = http.post(
                "/api/news",
                article(Map.of("en", Map.of("title", "Big", "body", "x".repeat(200 * 1024 + 1))), "MEETING"));
        problem(tooLarge, 413, "payload-too-large", "translations.en.body");
        assertThat(tooLarge.json().get("limitBytes").asLong()).isEqualTo(200 * 1024);
        var chineseTooLarge = http.post(
                "/api/news", article(Map.of("zh", Map.of("title", "大", "body", "字".repeat(70_000))), "MEETING"));
        problem(chineseTooLarge, 413, "payload-too-large", "translations.zh.body");
        problem(
                http.post("/api/news", "{\"padding\":\"" + "x".repeat(900 * 1024) + "\"}"),
                413,
                "payload-too-large",
                "request");
        Map<String, Object> unknownPartnership = article(Map.of("en", Map.of("title", "x")), "SIGNING");
        unknownPartnership.put("partnershipIds", List.of(UUID.randomUUID().toString()));
        problem(http.post("/api/news", unknownPartnership), 422, "unknown-reference", "partnershipIds");
        problem(
                http.post("/api/news", "<news/>", "Content-Type", "application/xml"),
                415,
                "unsupported-media-type",
                null);

        String id = create(valid);
        assertThat(db.getCollection("articles").countDocuments()).isEqualTo(before + 1);
        String slug = http.get("/api/news/" + id)
                .json()
                .get("translations")
                .get("en")
                .get("slug")
                .asString();
        Map<String, Object> sameSlug = article(Map.of("en", Map.of("title", "Other", "slug", slug)), "MEETING");
        problem(http.post("/api/news", sameSlug), 409, "conflict", null);

        String key = UUID.randomUUID().toString();
        assertThat(http.post("/api/news", valid, "Idempotency-Key", key).status())
                .isEqualTo(201);
        var retry = http.post("/api/news", valid, "Idempotency-Key", key);
        assertThat(retry.status()).isEqualTo(201);
        problem(
                http.post(
                        "/api/news",
                        article(Map.of("en", Map.of("title", "Changed")), "MEETING"),
                        "Idempotency-Key",
                        key),
                422,
                "idempotency-key-reused",
                null);
        assertThat(db.getCollection("articles").countDocuments()).isEqualTo(before + 2);

        var illegal = move(id, "PUBLISHED", null, null);
        problem(illegal, 409, "illegal-transition", null);
        assertThat(illegal.json().get("allowed").toString()).isEqualTo("[\"IN_REVIEW\",\"ARCHIVED\"]");
        problem(http.post("/api/news/" + id + "/transitions", Map.of("to", "LIVE")), 400, "validation", null);
        problem(http.post("/api/news/" + id + "/transitions", Map.of()), 400, "validation", "to");
        problem(move(id, "IN_REVIEW", null, "\"9\""), 412, "stale-version", null);
        String onlyDraft = create(article(Map.of("en", Map.of("title", "Not ready", "status", "DRAFT")), "MEETING"));
        move(onlyDraft, "IN_REVIEW", null, null);
        problem(move(onlyDraft, "PUBLISHED", null, null), 409, "conflict", null);
        assertThat(http.get("/api/news/" + onlyDraft).json().get("status").asString())
                .isEqualTo("IN_REVIEW");
        problem(
                http.send(
                        "PATCH",
                        "/api/news/" + id,
                        Collections.singletonMap("translations", Collections.singletonMap("en", null)),
                        "application/merge-patch+json",
                        "If-Match",
                        "\"1\""),
                400,
                "validation",
                "translations");
        problem(
                http.send(
                        "PATCH",
                        "/api/news/" + id,
                        Map.of("themes", List.of("NOPE")),
                        "application/merge-patch+json",
                        "If-Match",
                        "\"1\""),
                400,
                "validation",
                "themes[0]");
        problem(
                http.send("PATCH", "/api/news/" + id, Map.of("category", "RESEARCH"), "application/merge-patch+json"),
                428,
                "precondition-required",
                null);
        assertThat(http.get("/api/news/" + id).header("ETag")).isEqualTo("\"1\"");

        problem(http.get("/api/news?size=201"), 400, "validation", "size");
        problem(http.get("/api/news?page=-1"), 400, "validation", "page");
        problem(http.get("/api/news?language=fr"), 400, "validation", "language");
        problem(http.get("/api/news?q=%20"), 400, "validation", "q");
        problem(http.get("/api/news?q=" + url("!!!")), 400, "validation", "q");
        problem(http.get("/api/news?from=2020-01-02&to=2020-01-01"), 400, "validation", "from");
        problem(http.get("/api/news?status=LIVE"), 400, "validation", "status");
        problem(http.get("/api/news/" + UUID.randomUUID()), 404, "not-found", null);
        assertThat(db.getCollection("articles").countDocuments()).isEqualTo(before + 3);
    }

    @Test
    void onlyNewsEditorsWriteWhileEveryRoleReads() {
        Map<String, Object> body = article(Map.of("en", Map.of("title", "Roles")), "ANNOUNCEMENT");
        assertThat(http.anonymous().get("/api/news").status()).isEqualTo(401);
        assertThat(http.withRoles("VIEWER").get("/api/news").status()).isEqualTo(200);
        assertThat(http.withRoles("VIEWER").post("/api/news", body).status()).isEqualTo(403);
        assertThat(http.withRoles("STUDENT_COUNSELOR").post("/api/news", body).status())
                .isEqualTo(403);
        assertThat(http.withRoles("NEWS_EDITOR").post("/api/news", body).status())
                .isEqualTo(201);
    }

    @Test
    void refusesEveryForgedTokenWhenCalledDirectly() {
        ForgedTokenChecks.assertEveryForgeryRefused("news-service", http, "/api/news");
    }

    @Test
    void servesNoActuatorAndNoApiDocumentOnTheApiPort() {
        for (String path : List.of("/actuator/health", "/actuator/prometheus", "/actuator/openapi", "/v3/api-docs")) {
            assertThat(http.get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(management().get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(management().get("/actuator/openapi").json().get("paths").size())
                .isPositive();
    }

    @Test
    void statsAndMetricsCountArticlesByStateCategoryAndLanguage() {
        String id = create(article(Map.of("ko", Map.of("title", "통계"), "en", Map.of("title", "Stats")), "RESEARCH"));
        move(id, "IN_REVIEW", null, null);
        move(id, "PUBLISHED", null, null);

        JsonNode stats = http.get("/api/news/stats").json();
        assertThat(stats.get("total").asLong()).isPositive();
        assertThat(stats.get("byStatus").get("PUBLISHED").asLong()).isPositive();
        assertThat(stats.get("byCategory").get("RESEARCH").asLong()).isPositive();
        assertThat(stats.get("publishedByLanguage").get("ko").asLong()).isPositive();
        assertThat(stats.get("generatedDraftsWaiting").has("PARTNERSHIP_SIGNED"))
                .isTrue();
        assertThat(stats.get("medianDraftToPublicationSeconds").isNumber()).isTrue();

        // Micrometer holds a gauge's object weakly: the gauges must survive a garbage collection
        System.gc();
        String metrics = management().get("/actuator/prometheus").body();
        assertThat(metrics.lines().filter(l -> l.startsWith("intl_news_") && !l.startsWith("intl_news_draft_to")))
                .isNotEmpty()
                .noneMatch(l -> l.endsWith(" NaN"));
        assertThat(metrics)
                .contains("intl_news_articles{")
                .contains("state=\"PUBLISHED\"")
                .contains("intl_news_published_articles{")
                .contains("intl_news_drafts_generated_waiting{")
                .contains("intl_news_publications_total{")
                .contains("intl_news_draft_to_publication_seconds_count{");
        // one row per reason, 0 when no generated draft waits (the alert on week-old drafts reads it)
        assertThat(metrics.lines().filter(l -> l.startsWith("intl_news_drafts_generated_waiting_oldest_seconds{")))
                .hasSize(org.openintl.news.article.Generation.Reason.values().length)
                .allSatisfy(l -> assertThat(Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                        .isNotNegative());
    }

    // ---------------------------------------------------------------- helpers

    @Test
    void everyWriteOfAnArticleNamesItsEditorAndRequestInTheChangeLog() {
        Http editor = http.withToken(org.openintl.platform.testing.TestTokens.token()
                        .subject("editor-7f3a")
                        .roles("NEWS_EDITOR")
                        .sign())
                .withHeader("X-Request-Id", "news-create-1");
        var created = editor.post("/api/news", article(Map.of("zh", Map.of("title", "变更记录")), "MEETING"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        var changed = editor.withHeader("X-Request-Id", "news-edit-2")
                .send(
                        "PATCH",
                        "/api/news/" + id,
                        Map.of("category", "CONFERENCE"),
                        "application/merge-patch+json",
                        "If-Match",
                        created.header("ETag"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

        var log = http.withRoles("VIEWER").get("/api/news/" + id + "/changes");
        assertThat(log.status()).as(log.toString()).isEqualTo(200);
        assertThat(log.json().valueStream().map(c -> c.get("actor").asString()))
                .containsExactly("editor-7f3a", "editor-7f3a");
        assertThat(log.json().valueStream().map(c -> c.get("requestId").asString()))
                .containsExactly("news-create-1", "news-edit-2");
        assertThat(log.json().get(0).get("events").isEmpty())
                .as("a draft is announced to nobody")
                .isTrue();
        assertThat(http.get("/api/news/" + UUID.randomUUID() + "/changes").status())
                .isEqualTo(404);
    }

    private UUID knownPartnership() {
        UUID id = UUID.randomUUID();
        try {
            kafka.send(CloudEventRecords.toRecord(
                            PARTNERSHIP_SERVICE,
                            id,
                            new OutboxEntry(
                                    UUID.randomUUID(),
                                    "intl.partnership.created.v1",
                                    1,
                                    Instant.now(),
                                    null,
                                    JSON.writeValueAsString(partnershipData(id, UUID.randomUUID(), "PROPOSED")))))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> partnerships.find(id).isPresent());
        return id;
    }

    private static Map<String, Object> partnershipData(UUID id, UUID partner, String status) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id.toString());
        data.put("status", status);
        data.put("type", "JOINT_PROGRAM");
        data.put("title", Map.of("zh", "中俄联合办学项目协议", "en", "Joint programme agreement"));
        data.put(
                "partners",
                List.of(Map.of(
                        "id",
                        partner.toString(),
                        "name",
                        Map.of("zh", "莫斯科国立大学", "en", "Lomonosov Moscow State University"),
                        "country",
                        "RU",
                        "continent",
                        "EUROPE",
                        "beltAndRoad",
                        true,
                        "founded",
                        1755)));
        data.put("responsibleUnit", "国际交流与合作处");
        data.put("startDate", "2026-03-01");
        data.put("endDate", "2031-02-28");
        data.put("program", Map.of("approvalNumber", "MOE61RU2A20261234N", "level", "BACHELOR", "annualQuota", 60));
        data.put(
                "transition",
                Map.of("from", "NEGOTIATING", "to", status, "date", "2026-03-02", "note", "signed in Moscow"));
        data.put("warning", null);
        return data;
    }

    private static org.apache.kafka.clients.producer.ProducerRecord<String, byte[]> studentEvent(
            String key, String type, long sequence, String nationality) {
        return CloudEventRecords.toRecord(
                STUDENT_SERVICE,
                UUID.fromString(key),
                new OutboxEntry(
                        UUID.randomUUID(),
                        type,
                        sequence,
                        Instant.now(),
                        null,
                        JSON.writeValueAsString(studentData(key, nationality))));
    }

    /** An enrolment as student-service publishes it (valid against its schema). */
    private static Map<String, Object> studentData(String key, String nationality) {
        Map<String, Object> data = new HashMap<>();
        data.put("id", key);
        data.put("status", "ENROLLED");
        data.put("nationality", nationality);
        data.put("continent", "ASIA");
        data.put("beltAndRoad", true);
        data.put("category", "BACHELOR");
        data.put("college", "College of Engineering");
        data.put("program", "Civil Engineering");
        data.put("fundingType", "CSC");
        data.put("counselor", "counselor-1");
        data.put("programAtRisk", false);
        data.put("transition", Map.of("from", "ADMITTED", "to", "ENROLLED", "date", "2026-09-01"));
        return data;
    }

    private List<JsonNode> milestoneDrafts(String titlePrefix) {
        JsonNode page = http.get("/api/news?generated=true&category=STUDENT_LIFE&size=200")
                .json();
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .filter(n ->
                        n.get("translations").get("zh").get("title").asString().startsWith(titlePrefix))
                .toList();
    }

    private static Map<String, Object> article(Map<String, ?> translations, String category) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("translations", translations);
        body.put("category", category);
        return body;
    }

    private String create(Map<String, Object> body) {
        var created = http.post("/api/news", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private Http.Response move(String id, String to, String note, String ifMatch) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        if (note != null) {
            body.put("note", note);
        }
        return ifMatch == null
                ? http.post("/api/news/" + id + "/transitions", body)
                : http.post("/api/news/" + id + "/transitions", body, "If-Match", ifMatch);
    }

    private List<String> search(String q) {
        var r = http.get("/api/news?size=200&q=" + url(q));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return ids(r.json());
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .map(n -> n.get("id").asString())
                .toList();
    }

    private static void problem(Http.Response r, int status, String type, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type")).as(r.toString()).startsWith("application/problem+json");
        assertThat(r.json().get("type").asString()).as(r.toString()).isEqualTo("urn:intl:problem:" + type);
        if (field != null) {
            assertThat(r.json().get("errors").get(0).get("field").asString())
                    .as(r.toString())
                    .isEqualTo(field);
        }
    }

    private static String url(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static Document parse(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        var nodes = parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode() == parent) {
                result.add((Element) nodes.item(i));
            }
        }
        return result;
    }

    private static String child(Element parent, String name) {
        List<Element> c = children(parent, name);
        assertThat(c).as("<%s> in <%s>", name, parent.getLocalName()).isNotEmpty();
        return c.get(0).getTextContent();
    }
}
