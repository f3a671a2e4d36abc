package org.openintl.platform.imports;

import java.util.Locale;
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

    /**
     * The format of an upload by its {@code Content-Type} (parameters such as {@code charset} ignored); a 400 naming
     * {@code Content-Type} when the header says anything else, as two {@code Content-Type} headers do (the servlet
     * API joins them with a comma, while the handler was chosen by the first alone).
     *
     * @throws InvalidInputException (400) unless the header is exactly one of the two formats
     */
    public static ImportFormat ofUpload(String contentType) {
        // a comma: several Content-Type headers joined, or a list; no single format can be meant
        if (contentType != null && contentType.indexOf(',') < 0) {
            String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            for (ImportFormat f : values()) {
                if (f.mediaType.equals(type)) {
                    return f;
                }
            }
        }
        throw new InvalidInputException("Content-Type", "must be one header, " + CSV_TYPE + " or " + XLSX_TYPE);
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
