package org.openintl.news.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openintl.news.article.Articles.T0;
import static org.openintl.news.article.Articles.article;
import static org.openintl.news.article.Articles.ready;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openintl.platform.domain.ConflictException;
import org.openintl.platform.domain.IllegalTransitionException;
import org.openintl.platform.domain.InvalidInputException;

class ArticleWorkflowUnitTest {

    private final Article draft = article(ready(Language.zh, "会议"), ready(Language.en, "Meeting"), null);

    @Test
    void namesTheMovesOfEveryState() {
        assertThat(ArticleStatus.DRAFT.next()).containsExactly(ArticleStatus.IN_REVIEW, ArticleStatus.ARCHIVED);
        assertThat(ArticleStatus.IN_REVIEW.next()).containsExactly(ArticleStatus.DRAFT, ArticleStatus.PUBLISHED);
        assertThat(ArticleStatus.PUBLISHED.next()).containsExactly(ArticleStatus.ARCHIVED);
        assertThat(ArticleStatus.ARCHIVED.next()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "DRAFT, PUBLISHED",
        "DRAFT, DRAFT",
        "IN_REVIEW, ARCHIVED",
        "IN_REVIEW, IN_REVIEW",
        "PUBLISHED, DRAFT",
        "PUBLISHED, IN_REVIEW",
        "PUBLISHED, PUBLISHED",
        "ARCHIVED, PUBLISHED",
        "ARCHIVED, DRAFT"
    })
    void refusesMovesTheWorkflowDoesNotHaveListingTheAllowedOnes(ArticleStatus from, ArticleStatus to) {
        Article a = in(from);
        assertThatThrownBy(() -> a.moveTo(to, "note", T0))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo(from.name());
                    assertThat(e.to()).isEqualTo(to.name());
                    assertThat(e.allowed())
                            .containsExactlyElementsOf(
                                    from.next().stream().map(Enum::name).toList());
                });
    }

    @Test
    void goesFromDraftThroughReviewToPublishedAndArchived() {
        Article inReview = draft.moveTo(ArticleStatus.IN_REVIEW, null, T0.plusSeconds(10));
        Article published = inReview.moveTo(ArticleStatus.PUBLISHED, null, T0.plusSeconds(3600));
        Article archived = published.moveTo(ArticleStatus.ARCHIVED, null, T0.plusSeconds(7200));

        assertThat(inReview.status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(inReview.publishedAt()).isNull();
        assertThat(published.publishedAt()).isEqualTo(T0.plusSeconds(3600));
        assertThat(published.draftToPublication()).isEqualTo(Duration.ofHours(1));
        assertThat(published.recency()).isEqualTo(published.publishedAt());
        assertThat(archived.archivedAt()).isEqualTo(T0.plusSeconds(7200));
        assertThat(archived.publishedAt()).isEqualTo(published.publishedAt());
        assertThat(archived.allowedTransitions()).isEmpty();
    }

    @Test
    void sendsBackToDraftOnlyWithAReviewNote() {
        Article inReview = draft.moveTo(ArticleStatus.IN_REVIEW, null, T0);
        assertThatThrownBy(() -> inReview.moveTo(ArticleStatus.DRAFT, "  ", T0))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("note"));
        Article back = inReview.moveTo(ArticleStatus.DRAFT, " Add the participants ", T0);
        assertThat(back.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(back.reviewNote()).isEqualTo("Add the participants");
        assertThat(back.moveTo(ArticleStatus.IN_REVIEW, null, T0).reviewNote()).isEqualTo("Add the participants");
    }

    @Test
    void discardsADraftWithoutPublishingIt() {
        Article discarded = draft.moveTo(ArticleStatus.ARCHIVED, null, T0);
        assertThat(discarded.status()).isEqualTo(ArticleStatus.ARCHIVED);
        assertThat(discarded.wasPublished()).isFalse();
        assertThat(NewsEvent.announcing(draft, discarded)).isEmpty();
    }

    @Test
    void refusesToEditAnArchivedArticle() {
        Article archived = in(ArticleStatus.ARCHIVED);
        assertThatThrownBy(() -> archived.edit(archived.content(), T0)).isInstanceOf(ConflictException.class);
    }

    @Test
    void editWithoutChangeLeavesTheArticleAsItIs() {
        assertThat(draft.edit(draft.content(), T0.plusSeconds(5))).isSameAs(draft);
    }

    @Test
    void announcesPublicationEditsOfPublishedArticlesAndArchivingButNotDrafts() {
        Article inReview = draft.moveTo(ArticleStatus.IN_REVIEW, null, T0);
        Article published = inReview.moveTo(ArticleStatus.PUBLISHED, null, T0);
        Article edited = published.edit(Articles.content(ready(Language.zh, "会议（更新）"), null, null), T0);
        Article archived = edited.moveTo(ArticleStatus.ARCHIVED, null, T0);

        assertThat(NewsEvent.announcing(draft, inReview)).isEmpty();
        assertThat(NewsEvent.announcing(inReview, published).orElseThrow().type())
                .isEqualTo(NewsEvent.PUBLISHED);
        assertThat(NewsEvent.announcing(published, edited).orElseThrow().type()).isEqualTo(NewsEvent.UPDATED);
        assertThat(NewsEvent.announcing(edited, archived).orElseThrow().type()).isEqualTo(NewsEvent.ARCHIVED);
        assertThat(NewsEvent.announcing(published, published)).isEmpty();
    }

    private Article in(ArticleStatus status) {
        switch (status) {
            case DRAFT:
                return draft;
            case IN_REVIEW:
                return draft.moveTo(ArticleStatus.IN_REVIEW, null, T0);
            case PUBLISHED:
                return in(ArticleStatus.IN_REVIEW).moveTo(ArticleStatus.PUBLISHED, null, T0);
            default:
                return in(ArticleStatus.PUBLISHED).moveTo(ArticleStatus.ARCHIVED, null, T0);
        }
    }

    @Test
    void allowedTransitionsFollowTheState() {
        assertThat(List.of(ArticleStatus.values()))
                .allSatisfy(s -> assertThat(in(s).allowedTransitions()).isEqualTo(s.next()));
    }
}
