package org.openintl.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report for what it refuses before any application code runs (a path with {@code %00},
 * {@code ..%2F} or invalid UTF-8, an unparseable request): a ProblemDetail instead of Tomcat's HTML page or an empty
 * body. Replaces the host's {@link ErrorReportValve}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            String detail = status == 400
                    ? "The request cannot be processed: its path or headers are malformed"
                    : ProblemResponses.titleFor(status);
            response.getReporter().write(ProblemResponses.body(status, detail, null, List.of()));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot take a body: the status alone must do
        }
    }
}
