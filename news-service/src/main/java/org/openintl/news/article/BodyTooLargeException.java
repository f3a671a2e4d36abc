package org.openintl.news.article;

import org.openintl.platform.domain.InvalidInputException;

/**
 * A body (or a whole request) over the configured limit: answered with 413 and the limit, never truncated. It is an
 * {@link InvalidInputException}, so anything that does not know 413 still answers 400 naming the field.
 */
public class BodyTooLargeException extends InvalidInputException {

    private final long limitBytes;

    public BodyTooLargeException(String field, long actualBytes, long limitBytes) {
        super(field, field + " has " + actualBytes + " bytes; the limit is " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
