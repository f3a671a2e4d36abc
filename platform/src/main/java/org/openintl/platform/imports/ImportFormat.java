package org.openintl.platform.imports;

import java.util.Locale;
import java.util.Optional;
import org.openintl.platform.domain.InvalidInputException;

/** The file formats of imports and exports. */
public enum ImportFormat {
    CSV("text/csv", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String mediaType;
    private final String extension;

    ImportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format of an upload by its {@code Content-Type} (parameters such as {@code charset} ignored). */
    public static Optional<ImportFormat> ofContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        for (ImportFormat f : values()) {
            if (f.mediaType.equals(type)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The format an export asks for with {@code ?format=}; CSV when absent.
     *
     * @throws InvalidInputException (400) for any other value
     */
    public static ImportFormat ofParameter(String format) {
        if (format == null || format.isBlank()) {
            return CSV;
        }
        for (ImportFormat f : values()) {
            if (f.extension.equalsIgnoreCase(format.strip())) {
                return f;
            }
        }
        throw new InvalidInputException("format", "must be csv or xlsx");
    }
}
