package org.openintl.news.article;

import jakarta.validation.constraints.NotNull;
import org.openintl.platform.input.Text;

/**
 * The body of {@code POST /api/news/{id}/transitions}.
 *
 * @param note the review note; required when sending an article back to DRAFT
 */
record TransitionRequest(
        @NotNull ArticleStatus to,

        @Text(max = Article.MAX_NOTE_LENGTH, multiline = true)
        String note) {}
