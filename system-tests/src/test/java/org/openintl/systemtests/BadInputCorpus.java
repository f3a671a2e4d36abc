package org.openintl.systemtests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The bad-input corpus: {@code bad-input/<service>.json} on the test classpath, each case a request (method, path,
 * headers, body) and the status it must get. Texts may hold placeholders the runner expands, so that the files stay
 * readable: {@code {{x*100000}}} (a repeated character), {@code {{nest*5000}}} (that many nested arrays),
 * {@code {{hex:fffe}}} (raw bytes, for invalid UTF-8), {@code {{partner}}} and the like (ids of fixtures the test
 * made), {@code {{key:partner}}} (the Idempotency-Key a fixture was made with) and {@code {{marker}}} (a text unique
 * to the run, searched for afterwards to prove nothing was stored).
 */
record BadInputCorpus(String service, List<Case> cases) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^}]+)}}");

    /** One request; {@code status} is what it must get. */
    record Case(String name, String method, String path, Map<String, String> headers, String body, int status) {}

    static BadInputCorpus load(String service) {
        String resource = "bad-input/" + service + ".json";
        try (InputStream in = BadInputCorpus.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            JsonNode root = Http.JSON.readTree(in);
            List<Case> cases =
                    root.get("cases").valueStream().map(BadInputCorpus::toCase).toList();
            return new BadInputCorpus(service, cases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Case toCase(JsonNode c) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (c.has("headers")) {
            c.get("headers")
                    .properties()
                    .forEach(h -> headers.put(h.getKey(), h.getValue().asString()));
        }
        return new Case(
                c.get("name").asString(),
                c.get("method").asString(),
                c.get("path").asString(),
                headers,
                c.has("body") ? c.get("body").asString() : null,
                c.get("status").asInt());
    }

    /** Expands the placeholders of a text; {@code fixtures} answers the names it knows (ids, keys, the marker). */
    static String expand(String text, UnaryOperator<String> fixtures) {
        return new String(expandToBytes(text, fixtures), StandardCharsets.UTF_8);
    }

    /** As {@link #expand} but to bytes, so that {@code {{hex:..}}} can put bytes that are no UTF-8 into a body. */
    static byte[] expandToBytes(String text, UnaryOperator<String> fixtures) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Matcher m = PLACEHOLDER.matcher(text);
        int last = 0;
        while (m.find()) {
            out.writeBytes(text.substring(last, m.start()).getBytes(StandardCharsets.UTF_8));
            out.writeBytes(placeholder(m.group(1), fixtures));
            last = m.end();
        }
        out.writeBytes(text.substring(last).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] placeholder(String name, UnaryOperator<String> fixtures) {
        if (name.startsWith("hex:")) {
            return HexFormat.of().parseHex(name.substring(4));
        }
        int star = name.indexOf('*');
        if (star > 0) {
            String what = name.substring(0, star);
            int count = Integer.parseInt(name.substring(star + 1));
            String text = what.equals("nest") ? "[".repeat(count) + "]".repeat(count) : what.repeat(count);
            return text.getBytes(StandardCharsets.UTF_8);
        }
        String value = fixtures.apply(name);
        if (value == null) {
            throw new IllegalArgumentException("unknown placeholder {{" + name + "}}");
        }
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
