package org.openintl.news.article;

import jakarta.validation.constraints.NotNull;

/**
 * The body of {@code POST /api/news/{id}/transitions}.
 *
 * @param note the review note; required when sending an article back to DRAFT
 */
record TransitionRequest(@NotNull ArticleStatus to, String note) {}
