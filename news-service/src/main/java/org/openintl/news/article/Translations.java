package org.openintl.news.article;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.openintl.platform.domain.InvalidInputException;

/** The three languages of an article; at least one has a title. An absent language is MISSING, never null. */
public record Translations(Translation zh, Translation en, Translation ko) {

    public Translations {
        zh = zh == null ? Translation.missing() : zh;
        en = en == null ? Translation.missing() : en;
        ko = ko == null ? Translation.missing() : ko;
        if (!zh.present() && !en.present() && !ko.present()) {
            throw new InvalidInputException("translations", "at least one of zh, en, ko needs a title");
        }
    }

    public Translation get(Language language) {
        switch (language) {
            case zh:
                return zh;
            case en:
                return en;
            default:
                return ko;
        }
    }

    /** The languages that would be published now. */
    public List<Language> ready() {
        return Arrays.stream(Language.values()).filter(l -> get(l).ready()).toList();
    }

    public List<Language> present() {
        return Arrays.stream(Language.values()).filter(l -> get(l).present()).toList();
    }

    /**
     * Gives every present language a slug: the one asked for, else the one it had before (URLs stay stable when a
     * title is corrected), else one generated from the title.
     */
    Translations withSlugs(UUID articleId, Translations previous) {
        Translation[] t = new Translation[3];
        for (Language l : Language.values()) {
            Translation current = get(l);
            if (current.present() && current.slug() == null) {
                String before = previous == null ? null : previous.get(l).slug();
                current = current.withSlug(before != null ? before : Slugs.generate(current.title(), articleId));
            }
            t[l.ordinal()] = current;
        }
        return new Translations(t[0], t[1], t[2]);
    }
}
