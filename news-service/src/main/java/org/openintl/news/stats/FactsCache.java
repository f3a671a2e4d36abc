package org.openintl.news.stats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.openintl.news.article.ArticleFacts;

/**
 * The articles' facts, read at most once per period: every gauge reads them at each scrape, and Prometheus scrapes
 * every instance, so without a cache a scrape would be one query per gauge.
 */
final class FactsCache {

    private final Supplier<List<ArticleFacts>> source;
    private final Duration ttl;
    private final Clock clock;
    private List<ArticleFacts> facts;
    private Instant readAt;

    FactsCache(Supplier<List<ArticleFacts>> source, Duration ttl, Clock clock) {
        this.source = source;
        this.ttl = ttl;
        this.clock = clock;
    }

    synchronized List<ArticleFacts> get() {
        Instant now = clock.instant();
        if (facts == null || readAt.plus(ttl).isBefore(now)) {
            facts = List.copyOf(source.get());
            readAt = now;
        }
        return facts;
    }
}
