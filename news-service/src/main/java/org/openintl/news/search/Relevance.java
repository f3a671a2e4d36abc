package org.openintl.news.search;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ranks documents that matched a query. Every match has all the query's terms somewhere, so what tells matches apart
 * is where the terms are: each term found in a title is worth {@value #TITLE}, in a summary {@value #SUMMARY}, and
 * every term is worth {@value #ANYWHERE} for being in the document at all. Equal scores go to the more recent
 * document, so a query that every article matches lists the newest first.
 */
public final class Relevance {

    static final int TITLE = 4;
    static final int SUMMARY = 2;
    static final int ANYWHERE = 1;

    private Relevance() {}

    public static int score(SearchQuery query, Collection<String> titleTerms, Collection<String> summaryTerms) {
        Set<String> title = new HashSet<>(titleTerms);
        Set<String> summary = new HashSet<>(summaryTerms);
        int score = 0;
        for (String term : query.terms()) {
            score += ANYWHERE;
            if (title.contains(term)) {
                score += TITLE;
            }
            if (summary.contains(term)) {
                score += SUMMARY;
            }
        }
        return score;
    }

    /** A document with its score and the time that counts for recency. */
    public record Scored<T>(T item, int score, Instant recency) {}

    /** Highest score first, then most recent; a document without a time goes last among equals. */
    public static <T> List<Scored<T>> rank(Collection<Scored<T>> matches) {
        return matches.stream()
                .sorted(Comparator.<Scored<T>>comparingInt(Scored::score)
                        .reversed()
                        .thenComparing(Scored::recency, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }
}
