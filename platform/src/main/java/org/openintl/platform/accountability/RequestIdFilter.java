package org.openintl.platform.accountability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the gateway's {@code X-Request-Id} (or makes one for a direct call), exposes it to the request thread and its
 * log lines ({@code requestId} in the MDC) and echoes it, so that a write and an audit entry can be traced back to the
 * call that caused them.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = RequestIds.accept(request.getHeader(RequestIds.HEADER));
        RequestIds.set(id);
        MDC.put("requestId", id);
        response.setHeader(RequestIds.HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("requestId");
            RequestIds.clear();
        }
    }
}
