package org.openintl.news.article;

import org.openintl.platform.aggregate.Versioned;

/** An article in a list, with its search score when the list is a search ({@code null} otherwise). */
public record ListedArticle(Versioned<Article> article, Integer score) {}
