package org.openintl.student.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.openintl.platform.testing.TestTokens;

/**
 * An upload over a plain socket that announces more bytes than it sends, so that the service is still receiving it
 * until {@link #abort()} ends the body early, as a client that went away does. HTTP clients do not send partial bodies.
 */
final class SlowUpload implements AutoCloseable {

    private final Socket socket;

    private SlowUpload(Socket socket) {
        this.socket = socket;
    }

    /** Sends the headers and {@code firstPart}, announcing {@code missing} more bytes that never come. */
    static SlowUpload start(int port, String idempotencyKey, String firstPart, int missing) throws IOException {
        byte[] body = firstPart.getBytes(StandardCharsets.UTF_8);
        Socket socket = new Socket("127.0.0.1", port);
        OutputStream out = socket.getOutputStream();
        String head = "POST /api/students/imports HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + port + "\r\n"
                + "Authorization: Bearer " + TestTokens.admin() + "\r\n"
                + "Content-Type: text/csv\r\n"
                + "Idempotency-Key: " + idempotencyKey + "\r\n"
                + "Content-Length: " + (body.length + missing) + "\r\n"
                + "\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        return new SlowUpload(socket);
    }

    /** Ends the body before its announced length (the socket's output is shut) and answers what the service replied. */
    String abort() throws IOException {
        socket.shutdownOutput();
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        in.transferTo(answer);
        return answer.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
