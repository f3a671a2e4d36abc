package org.openintl.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openintl.systemtests.Http.Response;

/**
 * The news flow through the gateway: an editor writes, reviews and publishes a trilingual article that search and
 * the public Atom feed then find, and a signed agreement produces exactly one generated draft.
 */
@SystemTest
class NewsSystemTest {

    private final Office office;
    private final Gateway gateway;
    private final Http anonymous;

    NewsSystemTest(SystemUnderTest system) {
        this.office = system.office();
        this.gateway = system.gateway();
        this.anonymous = new Http(system.stack().gatewayUrl());
    }

    @Test
    void publishesAnArticleThatSearchAndTheFeedFind() {
        Map<String, Object> body = Map.of(
                "translations",
                Map.of(
                        "zh", Map.of("title", "学校召开外事工作会议", "body", "会议回顾了中外合作办学和来华留学工作。"),
                        "en", Map.of("title", "Working meeting on foreign affairs & <partners>", "body", "Review.")),
                "category",
                "MEETING",
                "themes",
                List.of("SINO_FOREIGN_COOPERATION"),
                "eventDate",
                "2019-05-30");
        Response created = gateway.post("/api/news", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(gateway.post("/api/news/" + id + "/transitions", Map.of("to", "IN_REVIEW"))
                        .status())
                .isEqualTo(200);
        Response published = gateway.post("/api/news/" + id + "/transitions", Map.of("to", "PUBLISHED"));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);

        Response found = gateway.get("/api/news?q=" + URLEncoder.encode("外事工作", StandardCharsets.UTF_8));
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.body()).contains(id);

        Response feed = anonymous.get("/api/news/feed.atom?lang=en");
        assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
        assertThat(feed.body())
                .contains("<feed", "<entry", "Working meeting on foreign affairs &amp; &lt;partners&gt;");
    }

    @Test
    void writesOneDraftForASignedAgreement() {
        String partnerId = office.registerPartner("BY", "Belarusian State University", "白俄罗斯国立大学");
        String partnershipId = office.proposeExchange(partnerId, "Exchange with Belarusian State University");
        Response signed = office.move(partnershipId, "SIGNED");
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);

        Response drafts = await("news-service to draft an article for partnership " + partnershipId)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> gateway.get("/api/news?generated=true&partnershipId=" + partnershipId),
                        // the items, not the total: the list counts after it reads, so a draft written in between
                        // is counted but not yet listed
                        r -> r.status() == 200 && !r.json().get("items").isEmpty());
        assertThat(drafts.json().get("total").asInt()).isEqualTo(1);
        assertThat(drafts.json().get("items").get(0).get("status").asString()).isEqualTo("DRAFT");
        assertThat(drafts.json().get("items").get(0).get("category").asString()).isEqualTo("SIGNING");
    }
}
