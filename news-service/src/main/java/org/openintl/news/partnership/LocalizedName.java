package org.openintl.news.partnership;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.stream.Stream;

/** A name in the three languages as another service sent it; unlike an editor's text, any part may be missing. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LocalizedName(String zh, String en, String ko) {

    /** The name in the first of the languages that has one; {@code null} when none does. */
    public String prefer(String... languages) {
        for (String l : languages) {
            String v = "zh".equals(l) ? zh : "en".equals(l) ? en : ko;
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return Stream.of(zh, en, ko)
                .filter(s -> s != null && !s.isBlank())
                .findFirst()
                .orElse(null);
    }
}
