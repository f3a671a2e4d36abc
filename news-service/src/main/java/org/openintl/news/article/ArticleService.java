package org.openintl.news.article;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.ChangeRecord;
import org.openintl.platform.aggregate.IdempotencyKeys;
import org.openintl.platform.aggregate.Versioned;
import org.openintl.platform.domain.ConflictException;
import org.openintl.platform.domain.UnknownReferenceException;
import org.openintl.platform.web.PageRequest;
import org.openintl.platform.web.PageResult;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The article use cases: write, edit, move through the workflow, write generated drafts, and the reads. Checks what
 * the article itself cannot: that linked partnerships exist and that slugs are not taken by another article; lets the
 * {@link Article} decide and stores the change with its events in one update.
 */
@Service
public class ArticleService {

    /** Scope of the ids derived from {@code Idempotency-Key}s. */
    static final String IDEMPOTENCY_SCOPE = "news-service/articles";

    private final ArticleRepository articles;
    private final PartnershipCheck partnerships;
    private final ObjectProvider<ArticleObserver> observers;
    private final ContentLimits limits;
    private final JsonMapper json;
    private final Clock clock;

    ArticleService(
            ArticleRepository articles,
            PartnershipCheck partnerships,
            ObjectProvider<ArticleObserver> observers,
            ContentLimits limits,
            JsonMapper json,
            Clock clock) {
        this.articles = articles;
        this.partnerships = partnerships;
        this.observers = observers;
        this.limits = limits;
        this.json = json;
        this.clock = clock;
    }

    /** A new draft; with an {@code Idempotency-Key} a retried request returns the article it created the first time. */
    public Versioned<Article> create(ArticleRequest request, String idempotencyKey) {
        UUID id = IdempotencyKeys.aggregateId(IDEMPOTENCY_SCOPE, idempotencyKey);
        ArticleContent content = request.toContent(limits);
        Change<Article> change = Article.write(id, content, null, now());
        checkReferences(change.state());
        return articles.create(change, IdempotencyKeys.fingerprint(idempotencyKey, json.writeValueAsString(request)));
    }

    public Versioned<Article> get(UUID id) {
        return articles.get(id);
    }

    public List<ChangeRecord> changes(UUID id) {
        return articles.changes(id);
    }

    /** Replaces the content with what {@code edit} makes of the current article; a published article announces it. */
    public Versioned<Article> edit(UUID id, Long ifMatch, Function<Article, ArticleContent> edit) {
        return articles.modify(id, ifMatch, current -> {
            Article before = current.state();
            Change<Article> change = before.revise(edit.apply(before), now());
            if (change.changed()) {
                checkReferences(change.state());
            }
            return change;
        });
    }

    public Versioned<Article> transition(UUID id, Long ifMatch, ArticleStatus target, String note) {
        Versioned<Article> result =
                articles.modify(id, ifMatch, current -> current.state().transition(target, note, now()));
        if (target == ArticleStatus.PUBLISHED) {
            observers.orderedStream().forEach(o -> o.published(result.state()));
        }
        return result;
    }

    /**
     * Writes a draft the service generated, exactly once per occasion: the id comes from the occasion, so a second
     * attempt (a redelivered event, a restart half-way) finds the first draft instead of writing another.
     *
     * @return the draft, if this call wrote it
     */
    public Optional<Versioned<Article>> createGenerated(Generation generation, ArticleContent content) {
        UUID id = generation.articleId();
        if (articles.find(id).isPresent()) {
            return Optional.empty();
        }
        Change<Article> change = Article.write(id, content, generation, now());
        checkReferences(change.state());
        Versioned<Article> stored =
                articles.create(change, "generated:" + generation.reason() + ":" + generation.key());
        return stored.state().equals(change.state()) ? Optional.of(stored) : Optional.empty();
    }

    /** A page of articles, ranked by relevance when the query searches. */
    public PageResult<ListedArticle> list(ArticleQuery query, PageRequest page) {
        return articles.list(query, page);
    }

    /** Published articles readable in the language, newest publication first (the feeds). */
    public List<Article> latestPublished(Language language, Theme theme, int limit) {
        return articles.latestPublished(language, theme, limit);
    }

    /** The countable facts of every article (statistics and metrics). */
    public List<ArticleFacts> facts() {
        return articles.facts();
    }

    private void checkReferences(Article article) {
        ArticleContent content = article.content();
        if (!content.partnershipIds().isEmpty()) {
            Set<UUID> unknown = partnerships.unknown(content.partnershipIds());
            if (!unknown.isEmpty()) {
                throw new UnknownReferenceException(
                        "partnershipIds",
                        "unknown partnership(s): " + unknown.stream().sorted().toList());
            }
        }
        Translations t = content.translations();
        for (Language l : Language.values()) {
            String slug = t.get(l).slug();
            if (slug != null) {
                articles.slugOwner(l, slug, article.id()).ifPresent(other -> {
                    throw new ConflictException(
                            "The " + l + " slug '" + slug + "' is already used by article " + other);
                });
            }
        }
    }

    private Instant now() {
        // MongoDB keeps milliseconds: answer with what a later read will return
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
