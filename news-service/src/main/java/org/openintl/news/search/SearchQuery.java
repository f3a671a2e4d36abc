package org.openintl.news.search;

import java.util.List;
import org.openintl.platform.domain.InvalidInputException;

/**
 * What a reader typed into the search box, as terms: a document matches when it has every term (in any field, any
 * language).
 *
 * @param text the query as given
 * @param terms its distinct terms, never empty
 */
public record SearchQuery(String text, List<String> terms) {

    public static final int MAX_LENGTH = 200;

    public SearchQuery {
        terms = List.copyOf(terms);
    }

    /**
     * @throws InvalidInputException when the query is too long or has nothing to search for (only punctuation)
     */
    public static SearchQuery parse(String q) {
        if (q == null || q.isBlank()) {
            throw new InvalidInputException("q", "the search text must not be blank");
        }
        if (q.length() > MAX_LENGTH) {
            throw new InvalidInputException("q", "the search text is limited to " + MAX_LENGTH + " characters");
        }
        List<String> terms = Tokenizer.queryTerms(q);
        if (terms.isEmpty()) {
            throw new InvalidInputException("q", "the search text has no letters, digits or CJK characters");
        }
        return new SearchQuery(q.strip(), terms);
    }
}
