package org.openintl.console.imports;

import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;

/** The two kinds of file the API imports and exports, told apart by the file's name as the browser sends it. */
enum SpreadsheetType {
    CSV("csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)),
    XLSX("xlsx", MediaType.valueOf("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    private final String extension;
    private final MediaType mediaType;

    SpreadsheetType(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    String extension() {
        return extension;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** By the file's name ({@code .csv}, {@code .xlsx}); anything else is for the page to refuse. */
    static Optional<SpreadsheetType> ofFileName(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT).strip();
        for (SpreadsheetType type : values()) {
            if (lower.endsWith("." + type.extension)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    static Optional<SpreadsheetType> of(String format) {
        for (SpreadsheetType type : values()) {
            if (type.extension.equalsIgnoreCase(format)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
