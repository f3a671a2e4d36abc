package org.openintl.news.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.domain.MultilingualText;

/**
 * What an editor writes: the texts and what the article is about. Lists are never null, keep their order and hold no
 * duplicates.
 *
 * @param eventDate when what the article reports happened (a meeting, a signing), not when it was written
 * @param place where it happened, in any of the languages
 * @param people people involved (officials, guests: public figures, never students)
 * @param units university units involved (colleges, offices)
 * @param partnerIds partner institutions the article is about
 * @param partnershipIds partnerships the article is about; must be known to the service
 */
public record ArticleContent(
        Translations translations,
        Category category,
        List<Theme> themes,
        LocalDate eventDate,
        MultilingualText place,
        List<String> people,
        List<String> units,
        List<UUID> partnerIds,
        List<UUID> partnershipIds) {

    static final int MAX_NAMES = 50;
    static final int MAX_NAME_LENGTH = 200;

    public ArticleContent {
        if (translations == null) {
            throw new InvalidInputException("translations", "at least one of zh, en, ko needs a title");
        }
        if (category == null) {
            throw new InvalidInputException("category", "a category is required");
        }
        themes = distinct("themes", themes);
        people = names("people", people);
        units = names("units", units);
        partnerIds = distinct("partnerIds", partnerIds);
        partnershipIds = distinct("partnershipIds", partnershipIds);
    }

    ArticleContent withSlugs(UUID articleId, Translations previous) {
        return new ArticleContent(
                translations.withSlugs(articleId, previous),
                category,
                themes,
                eventDate,
                place,
                people,
                units,
                partnerIds,
                partnershipIds);
    }

    private static <T> List<T> distinct(String field, List<T> values) {
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException(field, field + " must not contain null");
        }
        return List.copyOf(new LinkedHashSet<>(values));
    }

    private static List<String> names(String field, List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (String v : values) {
            if (v == null || v.isBlank()) {
                throw new InvalidInputException(field, field + " must not contain blank names");
            }
            String name = v.strip();
            if (name.length() > MAX_NAME_LENGTH) {
                throw new InvalidInputException(
                        field, "a name in " + field + " is limited to " + MAX_NAME_LENGTH + " characters");
            }
            if (!result.contains(name)) {
                result.add(name);
            }
        }
        if (result.size() > MAX_NAMES) {
            throw new InvalidInputException(field, field + " is limited to " + MAX_NAMES + " names");
        }
        return List.copyOf(result);
    }
}
