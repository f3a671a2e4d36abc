package org.openintl.news.stats;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import org.openintl.news.article.Article;
import org.openintl.news.article.ArticleFacts;
import org.openintl.news.article.ArticleObserver;
import org.openintl.news.article.ArticleStatus;
import org.openintl.news.article.Category;
import org.openintl.news.article.Generation;
import org.openintl.news.article.Language;

/**
 * The {@code intl.news.*} metrics (documented in docs/news-service.md). Gauges count what is in the database, so every
 * instance reports the same numbers: aggregate them with {@code max}, not {@code sum}. Counters and the timer count
 * what this instance did.
 */
final class NewsMetrics implements ArticleObserver {

    private final MeterRegistry meters;

    /**
     * Held here because Micrometer keeps only a weak reference to a gauge's object: without this field the cache is
     * collected and every gauge reports NaN.
     */
    private final FactsCache facts;

    NewsMetrics(MeterRegistry meters, FactsCache facts, Clock clock) {
        this.meters = meters;
        this.facts = facts;
        for (ArticleStatus s : ArticleStatus.values()) {
            for (Category c : Category.values()) {
                Gauge.builder("intl.news.articles", facts, f -> NewsStatistics.count(f.get(), s, c))
                        .description("Articles per workflow state and category")
                        .tag("state", s.name())
                        .tag("category", c.name())
                        .register(meters);
            }
        }
        for (Language l : Language.values()) {
            Gauge.builder(
                            "intl.news.published.articles",
                            facts,
                            f -> f.get().stream()
                                    .filter(a -> a.status() == ArticleStatus.PUBLISHED
                                            && a.publishedLanguages().contains(l))
                                    .count())
                    .description("Published articles readable in each language")
                    .tag("language", l.name())
                    .register(meters);
        }
        for (Generation.Reason r : Generation.Reason.values()) {
            Gauge.builder(
                            "intl.news.drafts.generated.waiting",
                            facts,
                            f -> f.get().stream()
                                    .filter(a -> a.status() == ArticleStatus.DRAFT && a.generatedReason() == r)
                                    .count())
                    .description("Generated drafts still in DRAFT, waiting for an editor")
                    .tag("reason", r.name())
                    .register(meters);
            // the alert on drafts waiting longer than a week reads this; 0 when none waits
            TimeGauge.builder(
                            "intl.news.drafts.generated.waiting.oldest",
                            facts,
                            TimeUnit.SECONDS,
                            f -> f.get().stream()
                                    .filter(a -> a.status() == ArticleStatus.DRAFT
                                            && a.generatedReason() == r
                                            && a.createdAt() != null)
                                    .map(ArticleFacts::createdAt)
                                    .min(Comparator.naturalOrder())
                                    .map(t -> Math.max(
                                            0,
                                            Duration.between(t, clock.instant()).toSeconds()))
                                    .orElse(0L))
                    .description("Age of the oldest generated draft still waiting for an editor")
                    .tag("reason", r.name())
                    .register(meters);
        }
    }

    @Override
    public void published(Article article) {
        for (Language l : article.publishedLanguages()) {
            Counter.builder("intl.news.publications")
                    .description("Publications per language (an article published in two languages counts twice)")
                    .tag("language", l.name())
                    .register(meters)
                    .increment();
        }
        Duration d = article.draftToPublication();
        if (d != null) {
            Timer.builder("intl.news.draft.to.publication")
                    .description("Time from an article's creation to its publication")
                    .tag("generated", Boolean.toString(article.generated() != null))
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMinutes(1))
                    .maximumExpectedValue(Duration.ofDays(90))
                    .register(meters)
                    .record(d);
        }
    }
}
