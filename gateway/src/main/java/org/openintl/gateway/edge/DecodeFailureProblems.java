package org.openintl.gateway.edge;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;

/**
 * A request Netty cannot decode (a request line over 4 KiB, headers over 8 KiB, a malformed line) never reaches
 * Spring, and Reactor Netty would answer it with a bare 414, 431 or 400. This handler, right after the HTTP codec,
 * answers it with a ProblemDetail instead and closes the connection (what follows on it cannot be trusted).
 */
final class DecodeFailureProblems extends ChannelInboundHandlerAdapter {

    private boolean failed;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (failed) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (msg instanceof HttpObject http && http.decoderResult().isFailure()) {
            failed = true;
            Throwable cause = http.decoderResult().cause();
            ReferenceCountUtil.release(msg);
            ctx.writeAndFlush(problem(cause)).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        ctx.fireChannelRead(msg);
    }

    static FullHttpResponse problem(Throwable cause) {
        String type;
        String title;
        String detail;
        HttpResponseStatus status;
        if (cause instanceof TooLongHttpLineException) {
            status = HttpResponseStatus.REQUEST_URI_TOO_LONG;
            type = "uri-too-long";
            title = "URI too long";
            detail = "The request line is longer than 4096 bytes";
        } else if (cause instanceof TooLongHttpHeaderException) {
            status = HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
            type = "request-headers-too-large";
            title = "Request headers too large";
            detail = "The request headers are larger than 8192 bytes";
        } else {
            status = HttpResponseStatus.BAD_REQUEST;
            type = "malformed-request";
            title = "Malformed request";
            detail = "The request is not valid HTTP";
        }
        String body = "{\"type\":\"urn:intl:problem:" + type + "\",\"title\":\"" + title + "\",\"status\":"
                + status.code() + ",\"detail\":\"" + detail + "\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response =
                new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(bytes));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                .setInt(HttpHeaderNames.CONTENT_LENGTH, bytes.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        return response;
    }
}
