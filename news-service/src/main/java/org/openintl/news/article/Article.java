package org.openintl.news.article;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.PendingEvent;
import org.openintl.platform.domain.ConflictException;
import org.openintl.platform.domain.IllegalTransitionException;
import org.openintl.platform.domain.InvalidInputException;

/**
 * A news article: its content, where it is in the workflow, and when things happened to it. The commands ({@link
 * #write}, {@link #revise}, {@link #transition}) return the {@link Change} with the events it causes; {@link #edit}
 * and {@link #moveTo} are the state changes they are made of.
 *
 * @param generated set when the service wrote the first draft itself
 * @param reviewNote the last note a reviewer gave when sending the article back to its author
 * @param publishedLanguages the languages the public sees: the READY ones at publication and after every later edit;
 *     empty until published
 * @param publishedAt when it was first published
 */
public record Article(
        UUID id,
        ArticleStatus status,
        ArticleContent content,
        Generation generated,
        String reviewNote,
        List<Language> publishedLanguages,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        Instant archivedAt) {

    public static final int MAX_NOTE_LENGTH = 2000;

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(content, "content");
        publishedLanguages = publishedLanguages == null ? List.of() : List.copyOf(publishedLanguages);
    }

    /** A new draft; languages without a slug get one. */
    public static Article draft(UUID id, ArticleContent content, Generation generated, Instant now) {
        return new Article(
                id, ArticleStatus.DRAFT, content.withSlugs(id, null), generated, null, List.of(), now, now, null, null);
    }

    /** A new draft, announced to nobody: only publication is news. */
    public static Change<Article> write(UUID id, ArticleContent content, Generation generated, Instant now) {
        return Change.of(draft(id, content, generated, now));
    }

    /** Replaces the content ({@link #edit}); a published article announces the change. */
    public Change<Article> revise(ArticleContent next, Instant now) {
        Article after = edit(next, now);
        return after == this ? Change.unchanged(this) : announced(after);
    }

    /** Moves the article through the workflow ({@link #moveTo}); publishing and archiving are announced. */
    public Change<Article> transition(ArticleStatus target, String note, Instant now) {
        return announced(moveTo(target, note, now));
    }

    /**
     * Replaces the content. Archived articles are read-only; a published article stays published in its READY
     * languages, so an edit that leaves none is refused. Returns this article unchanged when nothing changes.
     */
    public Article edit(ArticleContent next, Instant now) {
        if (status == ArticleStatus.ARCHIVED) {
            throw new ConflictException("Article " + id + " is archived and can no longer be edited");
        }
        ArticleContent withSlugs = next.withSlugs(id, content.translations());
        if (withSlugs.equals(content)) {
            return this;
        }
        List<Language> published = publishedLanguages;
        if (status == ArticleStatus.PUBLISHED) {
            published = withSlugs.translations().ready();
            if (published.isEmpty()) {
                throw new ConflictException("Article " + id
                        + " is published: at least one language must stay READY (archive it to take it down)");
            }
        }
        return new Article(
                id, status, withSlugs, generated, reviewNote, published, createdAt, now, publishedAt, archivedAt);
    }

    /**
     * Moves the article through the workflow.
     *
     * @param note required when a reviewer sends the article back to DRAFT; kept as the review note
     * @throws IllegalTransitionException for a move the workflow does not have (409 with the allowed moves)
     * @throws ConflictException when publishing an article without any READY language
     */
    public Article moveTo(ArticleStatus target, String note, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException(status, target, status.next());
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > MAX_NOTE_LENGTH) {
            throw new InvalidInputException("note", "a note is limited to " + MAX_NOTE_LENGTH + " characters");
        }
        String nextNote = cleanNote != null ? cleanNote : reviewNote;
        switch (target) {
            case DRAFT:
                if (cleanNote == null) {
                    throw new InvalidInputException(
                            "note", "a review note is required to send an article back to DRAFT");
                }
                return with(target, nextNote, publishedLanguages, now, publishedAt, archivedAt);
            case PUBLISHED:
                List<Language> ready = content.translations().ready();
                if (ready.isEmpty()) {
                    throw new ConflictException("Article " + id
                            + " has no READY language; mark at least one translation READY before publishing");
                }
                return with(target, nextNote, ready, now, now, archivedAt);
            case ARCHIVED:
                return with(target, nextNote, publishedLanguages, now, publishedAt, now);
            default:
                return with(target, nextNote, publishedLanguages, now, publishedAt, archivedAt);
        }
    }

    public List<ArticleStatus> allowedTransitions() {
        return status.next();
    }

    public boolean wasPublished() {
        return publishedAt != null;
    }

    /** From creation to publication; empty until published. */
    public Duration draftToPublication() {
        return publishedAt == null ? null : Duration.between(createdAt, publishedAt);
    }

    /** The time lists and search use for recency: publication for published articles, the last change otherwise. */
    public Instant recency() {
        return publishedAt != null ? publishedAt : updatedAt;
    }

    private Change<Article> announced(Article after) {
        List<PendingEvent> events = new ArrayList<>();
        NewsEvent.announcing(this, after).ifPresent(events::add);
        return new Change<>(after, events);
    }

    private Article with(
            ArticleStatus target,
            String note,
            List<Language> published,
            Instant now,
            Instant publishedAt,
            Instant archivedAt) {
        return new Article(id, target, content, generated, note, published, createdAt, now, publishedAt, archivedAt);
    }
}
