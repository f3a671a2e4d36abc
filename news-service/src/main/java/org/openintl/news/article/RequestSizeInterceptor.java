package org.openintl.news.article;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a request whose declared length is over the limit before its body is read, so a huge upload costs no memory.
 * Bodies are also checked one by one after parsing, which catches a request sent without a length.
 */
final class RequestSizeInterceptor implements HandlerInterceptor {

    private final long limitBytes;

    RequestSizeInterceptor(long limitBytes) {
        this.limitBytes = limitBytes;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        long length = request.getContentLengthLong();
        if (length > limitBytes) {
            throw new BodyTooLargeException("request", length, limitBytes);
        }
        return true;
    }
}
