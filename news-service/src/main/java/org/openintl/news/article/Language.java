package org.openintl.news.article;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.openintl.platform.domain.InvalidInputException;

/**
 * The office's three working languages. The constants are the ISO 639-1 codes as they appear on the wire, in
 * documents and in URLs ({@code lang=zh}), so no mapping is needed anywhere.
 */
public enum Language {
    zh,
    en,
    ko;

    /** @throws InvalidInputException for anything but {@code zh}, {@code en} or {@code ko} */
    public static Language parse(String field, String code) {
        for (Language l : values()) {
            if (l.name().equals(code)) {
                return l;
            }
        }
        throw new InvalidInputException(
                field,
                "'" + code + "' is not a language; use one of "
                        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
