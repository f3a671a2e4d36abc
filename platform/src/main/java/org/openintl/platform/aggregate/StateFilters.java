package org.openintl.platform.aggregate;

import com.mongodb.client.model.Filters;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.bson.conversions.Bson;

/**
 * What every repository's query translation needs: the document path of a state field, the conjunction of optional
 * conditions and a case-insensitive substring search. Only {@code *Repository} classes build filters; they pass them
 * to their {@link AggregateStore}.
 */
public final class StateFilters {

    private StateFilters() {}

    /** The document path of a field of the aggregate's state, e.g. {@code state("profile.familyName")}. */
    public static String state(String field) {
        return "state." + field;
    }

    /** All of the conditions; no condition matches everything. */
    public static Bson allOf(List<Bson> conditions) {
        return conditions.isEmpty() ? Filters.empty() : Filters.and(conditions);
    }

    /**
     * Any of the fields contains {@code text} (stripped), ignoring case. The text is quoted: a user's search is a
     * plain substring search, never a regular expression (which could also be made to run for a long time).
     */
    public static Bson containsIgnoringCase(String text, String... fields) {
        String pattern = Pattern.quote(text.strip());
        List<Bson> any =
                Arrays.stream(fields).map(f -> Filters.regex(f, pattern, "i")).toList();
        return any.size() == 1 ? any.get(0) : Filters.or(any);
    }
}
