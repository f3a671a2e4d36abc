package org.openintl.platform.tracing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Takes the caller's {@code traceparent} (or starts a trace), exposes it to the request and echoes it back. */
public class TraceparentFilter extends OncePerRequestFilter {

    static final String HEADER = "traceparent";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Traceparent trace = Traceparent.parse(request.getHeader(HEADER))
                .map(Traceparent::child)
                .orElseGet(Traceparent::newRoot);
        TraceContext.set(trace);
        response.setHeader(HEADER, trace.toString());
        try {
            chain.doFilter(request, response);
        } finally {
            TraceContext.clear();
        }
    }
}
