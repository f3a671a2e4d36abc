package org.openintl.news.article;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Article settings ({@code intl.news.articles.*}).
 *
 * @param bodyLimit largest body per language (UTF-8); a larger one is refused with 413, never truncated
 * @param titleLimit longest title per language, in characters
 * @param summaryLimit longest summary per language, in characters
 * @param requestLimit largest request body accepted at all; by default room for three full bodies and the rest
 * @param searchCandidates how many of the newest matches a search ranks
 */
@ConfigurationProperties("intl.news.articles")
record ArticleProperties(
        @DefaultValue("200KB") DataSize bodyLimit,
        @DefaultValue("300") int titleLimit,
        @DefaultValue("2000") int summaryLimit,
        DataSize requestLimit,
        @DefaultValue("2000") int searchCandidates) {

    ContentLimits limits() {
        return new ContentLimits(titleLimit, summaryLimit, bodyLimit.toBytes());
    }

    long requestLimitBytes() {
        return requestLimit != null ? requestLimit.toBytes() : 3 * bodyLimit.toBytes() + 256 * 1024;
    }
}
