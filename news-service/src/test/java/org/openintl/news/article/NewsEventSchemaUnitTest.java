package org.openintl.news.article;

import static org.openintl.news.article.Articles.T0;
import static org.openintl.news.article.Articles.draft;
import static org.openintl.news.article.Articles.published;
import static org.openintl.news.article.Articles.ready;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.junit.jupiter.api.Test;
import org.openintl.platform.testing.EventSchemas;
import tools.jackson.databind.json.JsonMapper;

/** The payloads validate against the schemas subscribers get, in every shape they can take. */
class NewsEventSchemaUnitTest {

    // as the application's mapper writes events (platform-defaults.yml: non_null)
    private final JsonMapper json = JsonMapper.builder()
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    @Test
    void everyEventTypeMatchesItsSchema() {
        Article published = published(ready(Language.zh, "会议"), null, draft(Language.ko, "회의"));
        Article updated = published.edit(
                Articles.content(ready(Language.zh, "会议"), ready(Language.en, "Meeting"), null), T0.plusSeconds(500));
        Article archived = updated.moveTo(ArticleStatus.ARCHIVED, null, T0.plusSeconds(900));

        EventSchemas.assertValid(NewsEvent.PUBLISHED, json.writeValueAsString(NewsEvent.of(published)));
        EventSchemas.assertValid(NewsEvent.UPDATED, json.writeValueAsString(NewsEvent.of(updated)));
        EventSchemas.assertValid(NewsEvent.ARCHIVED, json.writeValueAsString(NewsEvent.of(archived)));
    }
}
