package org.openintl.news.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openintl.news.search.Tokenizer;
import org.openintl.platform.domain.MultilingualText;

/**
 * An article as stored: the article, the search terms the service maintains for it (the MongoDB-wire server has no
 * {@code $text}, and {@code $text} would not split Chinese or Korean anyway) and its recency for sorting. Written in
 * the same single-document update as the article, so the index is never behind.
 *
 * @param search terms for search; {@code all} is left out when listing (it is only matched against, in the query)
 */
public record StoredArticle(Article article, SearchIndex search, Instant recency) {

    /** Terms per field: titles and summaries rank a match, {@code all} (every text of the article) decides it. */
    public record SearchIndex(List<String> title, List<String> summary, List<String> all) {}

    public static StoredArticle of(Article article) {
        Translations t = article.content().translations();
        List<String> titles = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        List<String> everything = new ArrayList<>();
        for (Language l : Language.values()) {
            Translation tr = t.get(l);
            titles.add(tr.title());
            summaries.add(tr.summary());
            everything.add(tr.body());
        }
        everything.addAll(titles);
        everything.addAll(summaries);
        MultilingualText place = article.content().place();
        if (place != null) {
            everything.add(place.zh());
            everything.add(place.en());
            everything.add(place.ko());
        }
        everything.addAll(article.content().people());
        everything.addAll(article.content().units());
        return new StoredArticle(
                article,
                new SearchIndex(
                        Tokenizer.indexTerms(titles.toArray(String[]::new)),
                        Tokenizer.indexTerms(summaries.toArray(String[]::new)),
                        Tokenizer.indexTerms(everything.toArray(String[]::new))),
                article.recency());
    }
}
