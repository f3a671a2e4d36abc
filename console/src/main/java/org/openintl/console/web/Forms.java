package org.openintl.console.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a submitted form into the API's JSON: a blank field is left out (the API's default or "not given"), a field
 * named {@code funding.type} becomes {@code {"funding": {"type": ...}}}. What the user typed is kept as it is: the
 * API validates it and the page shows its errors beside the fields.
 */
public final class Forms {

    private Forms() {}

    public static Map<String, Object> json(Map<String, String> form, Iterable<String> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : fields) {
            String value = form.get(field);
            if (value == null || value.isBlank()) {
                continue;
            }
            put(body, field, value.strip());
        }
        return body;
    }

    @SuppressWarnings("unchecked")
    public static void put(Map<String, Object> body, String dotted, Object value) {
        int dot = dotted.indexOf('.');
        if (dot < 0) {
            body.put(dotted, value);
            return;
        }
        Map<String, Object> inner = (Map<String, Object>)
                body.computeIfAbsent(dotted.substring(0, dot), k -> new LinkedHashMap<String, Object>());
        put(inner, dotted.substring(dot + 1), value);
    }

    /** The value at a dotted path of an API answer, as text for a form field ({@code ""} when absent). */
    public static String text(Map<String, Object> body, String dotted) {
        Object value = body;
        for (String key : dotted.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return "";
            }
            value = map.get(key);
        }
        return value == null || value instanceof Map || value instanceof Iterable ? "" : value.toString();
    }

    /** Flattens an API answer to the form's fields: what a page fills the form with. */
    public static Map<String, String> flatten(Map<String, Object> body, Iterable<String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        fields.forEach(f -> form.put(f, text(body, f)));
        return form;
    }

    /** The list's link to another page: the current filters and {@code page=}, for the pager to append a number. */
    public static String pageLink(Map<String, String> query) {
        StringBuilder link = new StringBuilder("?");
        query.forEach((name, value) -> {
            if (!name.equals("page") && !name.equals("lang") && value != null && !value.isBlank()) {
                link.append(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
                        .append('=')
                        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8))
                        .append('&');
            }
        });
        return link.append("page=").toString();
    }

    /**
     * The list's filters as a query for another address (the export): {@code ?name=value&...&}, the values encoded,
     * ending so that one more parameter ({@code format=xlsx}) can be appended.
     */
    public static String filterQuery(Map<String, String> query, List<String> filters) {
        StringBuilder s = new StringBuilder("?");
        for (String f : filters) {
            String v = query.get(f);
            if (v != null && !v.isBlank()) {
                s.append(f)
                        .append('=')
                        .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8))
                        .append('&');
            }
        }
        return s.toString();
    }
}
