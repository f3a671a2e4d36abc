package org.openintl.console.api;

import java.util.Map;

/**
 * A JSON object the API answered, with its {@code ETag} (the version a later {@code If-Match} names) and
 * {@code Location} (what a create made).
 */
public record ApiResult(Map<String, Object> body, String etag, String location) {}
