package org.openintl.news.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openintl.platform.domain.InvalidInputException;

class RelevanceUnitTest {

    private static final Instant OLD = Instant.parse("2019-05-30T00:00:00Z");
    private static final Instant NEW = Instant.parse("2024-01-01T00:00:00Z");

    private final SearchQuery query = SearchQuery.parse("合作办学");

    private Relevance.Scored<String> doc(String name, String title, String summary, Instant recency) {
        int score = Relevance.score(query, Tokenizer.indexTerms(title), Tokenizer.indexTerms(summary));
        return new Relevance.Scored<>(name, score, recency);
    }

    @Test
    void ranksATitleMatchAboveASummaryMatchAboveABodyOnlyMatch() {
        var inBody = doc("body", "外事会议", "会议回顾全年工作", NEW);
        var inSummary = doc("summary", "外事会议", "回顾中外合作办学工作", NEW);
        var inTitle = doc("title", "中外合作办学工作会议", "会议", OLD);
        assertThat(Relevance.rank(List.of(inBody, inSummary, inTitle)))
                .extracting(Relevance.Scored::item)
                .containsExactly("title", "summary", "body");
    }

    @Test
    void breaksTiesByRecency() {
        var older = doc("older", "合作办学", null, OLD);
        var newer = doc("newer", "合作办学", null, NEW);
        var undated = doc("undated", "合作办学", null, null);
        assertThat(Relevance.rank(List.of(older, undated, newer)))
                .extracting(Relevance.Scored::item)
                .containsExactly("newer", "older", "undated");
    }

    @Test
    void aPartialTitleMatchScoresBetweenNoneAndFull() {
        int full = Relevance.score(query, Tokenizer.indexTerms("合作办学"), List.of());
        int partial = Relevance.score(query, Tokenizer.indexTerms("合作"), List.of());
        int none = Relevance.score(query, List.of(), List.of());
        assertThat(full).isGreaterThan(partial);
        assertThat(partial).isGreaterThan(none);
    }

    @Test
    void refusesQueriesWithNothingToSearchOrTooLong() {
        assertThatThrownBy(() -> SearchQuery.parse(" ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SearchQuery.parse("。，！")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SearchQuery.parse("a".repeat(201))).isInstanceOf(InvalidInputException.class);
        assertThat(SearchQuery.parse(" Leuven 合作 ").terms()).containsExactly("leuven", "合作");
    }
}
