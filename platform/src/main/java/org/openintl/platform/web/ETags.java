package org.openintl.platform.web;

import org.openintl.platform.domain.PreconditionRequiredException;
import org.openintl.platform.domain.StaleVersionException;

/** Aggregate versions as strong ETags ({@code "3"}) and back. */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header asks for; {@code null} when absent or {@code *}. A value that cannot be
     * one of our ETags can never match, so it is a failed precondition rather than a bad request.
     */
    /** Like {@link #parseIfMatch} but an absent header is refused (428): for updates that replace a whole resource. */
    public static long requireIfMatch(String header) {
        Long version = parseIfMatch(header);
        if (version == null) {
            throw new PreconditionRequiredException();
        }
        return version;
    }

    public static Long parseIfMatch(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String v = header.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new StaleVersionException("If-Match " + header + " does not match any version of this resource");
        }
    }
}
