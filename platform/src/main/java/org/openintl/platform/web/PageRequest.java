package org.openintl.platform.web;

import org.openintl.platform.domain.InvalidInputException;

/**
 * A bounded page of a list ({@code ?page=&size=}, size at most {@value #MAX_SIZE}). A page beyond the last one is
 * empty (with the true {@code total}), however far beyond: {@code page=2147483647} is no error, just nothing.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 20;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInputException("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "size must be between 1 and " + MAX_SIZE);
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    /**
     * How many items come before this page, saturated at {@link Integer#MAX_VALUE} (the database's limit): no list
     * has that many items, so a saturated skip is still past the end and the page is empty.
     */
    public int skip() {
        return (int) Math.min((long) page * size, Integer.MAX_VALUE);
    }
}
