package org.openintl.news.article;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.openintl.news.article.ArticleStore.ArticleChange;
import org.openintl.platform.aggregate.PendingEvent;
import org.openintl.platform.aggregate.Versioned;
import org.openintl.platform.domain.ConflictException;
import org.openintl.platform.domain.UnknownReferenceException;

/**
 * The article use cases: write, edit, move through the workflow, and write generated drafts. Checks what the article
 * itself cannot: that linked partnerships exist and that slugs are not taken by another article.
 */
public final class ArticleService {

    private final ArticleStore store;
    private final PartnershipCheck partnerships;
    private final List<ArticleObserver> observers;
    private final Clock clock;

    public ArticleService(
            ArticleStore store, PartnershipCheck partnerships, List<ArticleObserver> observers, Clock clock) {
        this.store = store;
        this.partnerships = partnerships;
        this.observers = List.copyOf(observers);
        this.clock = clock;
    }

    /** A new draft; with a fingerprint, the same request again returns the article it created the first time. */
    public Versioned<Article> create(UUID id, ArticleContent content, String fingerprint) {
        Article article = Article.draft(id, content, null, now());
        checkReferences(article);
        return store.create(article, List.of(), fingerprint);
    }

    public Versioned<Article> get(UUID id) {
        return store.get(id);
    }

    /** Replaces the content; a published article announces the change. */
    public Versioned<Article> edit(UUID id, Long ifMatch, Function<Article, ArticleContent> edit) {
        return store.modify(id, ifMatch, current -> {
            Article before = current.state();
            Article after = before.edit(edit.apply(before), now());
            if (after == before) {
                return null;
            }
            checkReferences(after);
            return change(before, after);
        });
    }

    public Versioned<Article> transition(UUID id, Long ifMatch, ArticleStatus target, String note) {
        Versioned<Article> result = store.modify(id, ifMatch, current -> {
            Article before = current.state();
            return change(before, before.moveTo(target, note, now()));
        });
        if (target == ArticleStatus.PUBLISHED) {
            observers.forEach(o -> o.published(result.state()));
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
        if (store.find(id).isPresent()) {
            return Optional.empty();
        }
        Article article = Article.draft(id, content, generation, now());
        checkReferences(article);
        Versioned<Article> stored =
                store.create(article, List.of(), "generated:" + generation.reason() + ":" + generation.key());
        return stored.state().equals(article) ? Optional.of(stored) : Optional.empty();
    }

    private static ArticleChange change(Article before, Article after) {
        List<PendingEvent> events = new ArrayList<>();
        NewsEvent.announcing(before, after).ifPresent(events::add);
        return new ArticleChange(after, events);
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
                store.slugOwner(l, slug, article.id()).ifPresent(other -> {
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
