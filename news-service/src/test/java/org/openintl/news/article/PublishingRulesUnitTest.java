package org.openintl.news.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openintl.news.article.Articles.LIMITS;
import static org.openintl.news.article.Articles.T0;
import static org.openintl.news.article.Articles.article;
import static org.openintl.news.article.Articles.draft;
import static org.openintl.news.article.Articles.published;
import static org.openintl.news.article.Articles.ready;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openintl.platform.domain.ConflictException;
import org.openintl.platform.domain.InvalidInputException;

class PublishingRulesUnitTest {

    @Test
    void aLanguageIsReadyOnceItHasATitleMissingWithoutAndDraftWhenTheEditorSaysSo() {
        assertThat(ready(Language.en, "Meeting").status()).isEqualTo(TranslationStatus.READY);
        assertThat(draft(Language.ko, "회의").status()).isEqualTo(TranslationStatus.DRAFT);
        assertThat(Translation.of(Language.zh, " ", null, null, null, null, LIMITS)
                        .status())
                .isEqualTo(TranslationStatus.MISSING);
        assertThat(new Translations(ready(Language.en, "x"), null, null).ko().status())
                .isEqualTo(TranslationStatus.MISSING);
    }

    @Test
    void publishesOnlyTheReadyLanguages() {
        Article a = published(ready(Language.zh, "会议"), ready(Language.en, "Meeting"), draft(Language.ko, "회의"));
        assertThat(a.publishedLanguages()).containsExactly(Language.zh, Language.en);
        NewsEvent event = NewsEvent.of(a);
        assertThat(event.languages()).containsExactly(Language.zh, Language.en);
        assertThat(event.titles().ko()).isNull();
        assertThat(event.titles().en()).isEqualTo("Meeting");
        assertThat(event.slugs().ko()).isNull();
    }

    @Test
    void refusesToPublishWithoutAnyReadyLanguage() {
        Article inReview = article(draft(Language.zh, "会议"), null, draft(Language.ko, "회의"))
                .moveTo(ArticleStatus.IN_REVIEW, null, T0);
        assertThatThrownBy(() -> inReview.moveTo(ArticleStatus.PUBLISHED, null, T0))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("READY");
    }

    @Test
    void anEditOfAPublishedArticleRepublishesItsReadyLanguages() {
        Article a = published(ready(Language.zh, "会议"), null, draft(Language.ko, "회의"));
        Article edited = a.edit(Articles.content(ready(Language.zh, "会议"), null, ready(Language.ko, "회의")), T0);
        assertThat(edited.publishedLanguages()).containsExactly(Language.zh, Language.ko);
        assertThat(edited.status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void refusesAnEditThatLeavesAPublishedArticleWithoutReadyLanguage() {
        Article a = published(ready(Language.zh, "会议"), null, null);
        assertThatThrownBy(() -> a.edit(Articles.content(draft(Language.zh, "会议"), null, null), T0))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void requiresATitleInSomeLanguage() {
        assertThatThrownBy(() -> new Translations(null, null, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("translations"));
    }

    @Test
    void requiresATitleWhenALanguageHasOtherContent() {
        assertThatThrownBy(() -> Translation.of(Language.ko, null, "요약", null, null, null, LIMITS))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("translations.ko.title"));
        assertThatThrownBy(() -> Translation.of(Language.ko, null, null, null, TranslationStatus.READY, null, LIMITS))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("translations.ko.status"));
        assertThatThrownBy(() -> Translation.of(Language.en, "x", null, null, TranslationStatus.MISSING, null, LIMITS))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("translations.en.status"));
    }

    @Test
    void refusesABodyOverTheLimitInBytesRatherThanCuttingIt() {
        ContentLimits small = new ContentLimits(300, 2000, 10);
        assertThat(Translation.of(Language.en, "t", null, "0123456789", null, null, small)
                        .body())
                .isEqualTo("0123456789");
        assertThatThrownBy(() -> Translation.of(Language.zh, "t", null, "四个汉字", null, null, small))
                .isInstanceOfSatisfying(BodyTooLargeException.class, e -> {
                    assertThat(e.field()).isEqualTo("translations.zh.body");
                    assertThat(e.limitBytes()).isEqualTo(10);
                });
    }

    @Test
    void keepsTheBodyExactlyAsGiven() {
        String markdown = "  # Title\n\n* item <b>\n";
        assertThat(Translation.of(Language.en, "t", null, markdown, null, null, LIMITS)
                        .body())
                .isEqualTo(markdown);
    }

    @Test
    void generatesSlugsOncePerLanguageAndKeepsThemWhenTheTitleChanges() {
        Article a = article(ready(Language.zh, "外事工作会议"), ready(Language.en, "Working Meeting, 2019!"), null);
        String prefix = a.id().toString().substring(0, 8);
        assertThat(a.content().translations().en().slug()).isEqualTo("working-meeting-2019-" + prefix);
        assertThat(a.content().translations().zh().slug()).isEqualTo("外事工作会议-" + prefix);
        Article retitled =
                a.edit(Articles.content(ready(Language.zh, "外事工作会议"), ready(Language.en, "New title"), null), T0);
        assertThat(retitled.content().translations().en().slug()).isEqualTo("working-meeting-2019-" + prefix);
    }

    @Test
    void acceptsOnlyLowerCaseHyphenatedSlugs() {
        assertThat(Slugs.validate("slug", "working-meeting-2019")).isEqualTo("working-meeting-2019");
        assertThat(Slugs.validate("slug", "外事工作会议")).isEqualTo("外事工作会议");
        for (String bad : new String[] {"Working", "a--b", "-a", "a b", "a/b", "x".repeat(121)}) {
            assertThatThrownBy(() -> Slugs.validate("slug", bad)).as(bad).isInstanceOf(InvalidInputException.class);
        }
        assertThat(Slugs.generate("!!!", UUID.fromString("12345678-0000-0000-0000-000000000000")))
                .isEqualTo("12345678");
    }
}
