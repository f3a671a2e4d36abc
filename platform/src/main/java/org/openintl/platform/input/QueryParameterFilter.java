package org.openintl.platform.input;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openintl.platform.web.FieldError;
import org.openintl.platform.web.ProblemResponses;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every query parameter of every request follows {@link TextRules} (one line, no control characters, at most
 * {@value TextRules#DEFAULT_MAX_LENGTH} characters) and is valid percent-encoded UTF-8; otherwise the answer is a 400
 * ProblemDetail naming the parameter, before any controller or database sees the value. One place for all filters
 * ({@code q}, {@code name}, {@code unit}, ...): a NUL reaching a database query is a 500 at best.
 */
public class QueryParameterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&", -1)) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String rawName = eq < 0 ? pair : pair.substring(0, eq);
                String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
                String name = decode(rawName);
                if (name == null) {
                    refuse(
                            request,
                            response,
                            shorten(rawName),
                            "the name of a query parameter is not valid percent-encoded UTF-8");
                    return;
                }
                String value = decode(rawValue);
                if (value == null) {
                    refuse(request, response, name, name + " is not valid percent-encoded UTF-8");
                    return;
                }
                String problem = TextRules.problem(name, 100, false);
                if (problem == null) {
                    problem = TextRules.problem(value, TextRules.DEFAULT_MAX_LENGTH, false);
                }
                if (problem != null) {
                    refuse(request, response, shorten(name), shorten(name) + " " + problem);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String field, String message)
            throws IOException {
        ProblemResponses.write(
                response,
                400,
                "query parameter " + message,
                request.getRequestURI(),
                List.of(new FieldError(field, message)));
    }

    /** Percent-decoding as forms encode ({@code +} is a space); {@code null} when malformed or not UTF-8. */
    static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x7F) {
                // a client that sent raw UTF-8 in the query: the container already decoded it
                int cp = raw.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp) - 1;
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String shorten(String s) {
        String printable = s.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return printable.length() <= 40 ? printable : printable.substring(0, 40) + "...";
    }
}
