package org.openintl.news.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openintl.news.article.Articles.T0;
import static org.openintl.news.article.Articles.ready;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.PendingEvent;

/** The article's commands return their change and events; an edit that changes nothing is unchanged. */
class ArticleCommandsUnitTest {

    @Test
    void aNewDraftIsAnnouncedToNobody() {
        Change<Article> written =
                Article.write(UUID.randomUUID(), Articles.content(ready(Language.zh, "会议"), null, null), null, T0);
        assertThat(written.changed()).isTrue();
        assertThat(written.state().status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(written.events()).isEmpty();
    }

    @Test
    void revisingWithTheSameContentIsUnchanged() {
        Article published = Articles.published(ready(Language.zh, "会议"), null, null);
        Change<Article> same = published.revise(published.content(), T0.plusSeconds(600));
        assertThat(same.changed()).isFalse();
        assertThat(same.events()).isEmpty();
        assertThat(same.state()).isSameAs(published);
    }

    @Test
    void revisingAPublishedArticleAnnouncesTheUpdate() {
        Article published = Articles.published(ready(Language.zh, "会议"), null, null);
        Change<Article> revised =
                published.revise(Articles.content(ready(Language.zh, "会议（更新）"), null, null), T0.plusSeconds(600));
        assertThat(revised.changed()).isTrue();
        assertThat(revised.events()).extracting(PendingEvent::type).containsExactly(NewsEvent.UPDATED);
    }

    @Test
    void publishingIsAnnouncedAndReviewIsNot() {
        Article draft = Articles.article(ready(Language.zh, "会议"), null, null);
        Change<Article> inReview = draft.transition(ArticleStatus.IN_REVIEW, null, T0);
        assertThat(inReview.events()).isEmpty();
        Change<Article> published = inReview.state().transition(ArticleStatus.PUBLISHED, null, T0);
        assertThat(published.events()).extracting(PendingEvent::type).containsExactly(NewsEvent.PUBLISHED);
    }
}
