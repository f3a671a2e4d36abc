package org.openintl.news.article;

/** Told about what happened to articles after it is stored (metrics hook in here). */
public interface ArticleObserver {

    void published(Article article);
}
