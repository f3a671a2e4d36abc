package org.openintl.news.article;

import java.util.Collection;
import java.util.function.Function;

/** A text per language, with only some languages present; absent ones are left out of JSON. */
public record Localized(String zh, String en, String ko) {

    /** The texts of the given languages only. */
    static Localized of(Translations translations, Collection<Language> languages, Function<Translation, String> text) {
        return new Localized(
                languages.contains(Language.zh) ? text.apply(translations.zh()) : null,
                languages.contains(Language.en) ? text.apply(translations.en()) : null,
                languages.contains(Language.ko) ? text.apply(translations.ko()) : null);
    }
}
