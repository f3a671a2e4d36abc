package org.openintl.news.article;

import java.util.List;

/**
 * The editorial workflow. A draft goes to review; review sends it back to the draft (with a note) or publishes it;
 * a published article is archived. A draft nobody wants can be archived without ever being published.
 */
public enum ArticleStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    ARCHIVED;

    public List<ArticleStatus> next() {
        switch (this) {
            case DRAFT:
                return List.of(IN_REVIEW, ARCHIVED);
            case IN_REVIEW:
                return List.of(DRAFT, PUBLISHED);
            case PUBLISHED:
                return List.of(ARCHIVED);
            default:
                return List.of();
        }
    }

    public boolean canMoveTo(ArticleStatus target) {
        return next().contains(target);
    }
}
