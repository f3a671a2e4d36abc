package org.openintl.platform.input;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import org.openintl.platform.web.ProblemResponses;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The size limits of a request's URL ({@value #MAX_URL_LENGTH} characters, else 414) and headers
 * ({@value #MAX_HEADER_BYTES} bytes together, else 431), answered as ProblemDetails. The server itself accepts up to
 * 64 KiB ({@code server.max-http-request-header-size} in platform-defaults.yml) so that these answers, not its bare
 * ones, are what a client sees; the gateway applies the same limits.
 */
public class RequestLimitsFilter extends OncePerRequestFilter {

    public static final int MAX_URL_LENGTH = 4_096;
    public static final int MAX_HEADER_BYTES = 8_192;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        int urlLength = request.getRequestURI().length() + (query == null ? 0 : query.length() + 1);
        if (urlLength > MAX_URL_LENGTH) {
            ProblemResponses.write(
                    response,
                    414,
                    "The URL has " + urlLength + " characters; at most " + MAX_URL_LENGTH + " are accepted",
                    null,
                    List.of());
            return;
        }
        long headerBytes = 0;
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                headerBytes += name.length() + value.length() + 4;
            }
        }
        if (headerBytes > MAX_HEADER_BYTES) {
            ProblemResponses.write(
                    response,
                    431,
                    "The request headers have " + headerBytes + " bytes; at most " + MAX_HEADER_BYTES + " are accepted",
                    null,
                    List.of());
            return;
        }
        chain.doFilter(request, response);
    }
}
