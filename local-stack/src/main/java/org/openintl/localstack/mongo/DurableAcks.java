package org.openintl.localstack.mongo;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.util.AttributeKey;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * Holds a connection's answers to writes until those writes are on disk ({@link GroupCommit}), without holding the
 * thread that serves the connection: mongo-java-server answers a command on the Netty thread that read it, and each
 * thread serves several connections, so a thread waiting for {@code fsync} kept every read of those connections
 * waiting too (and the disk's commits served only as many writes as there were threads). Answers leave in the order
 * the commands came; the first in the channel's pipeline, so it sees the encoded answer.
 *
 * <p>Everything here runs on the connection's event loop; the committer only schedules {@link #release} on it.
 */
final class DurableAcks extends ChannelOutboundHandlerAdapter {

    private static final String NAME = "intl-durable-acks";
    private static final AttributeKey<Long> WRITTEN_IN = AttributeKey.valueOf("intl-durable-acks-written-in");

    private static final class Held {
        final Object answer;
        final ChannelPromise promise;
        boolean durable;

        Held(Object answer, ChannelPromise promise) {
            this.answer = answer;
            this.promise = promise;
        }
    }

    private final GroupCommit commits;
    private final Queue<Held> held = new ArrayDeque<>();

    private DurableAcks(GroupCommit commits) {
        this.commits = commits;
    }

    /**
     * Called on the connection's thread after a write command ran and before its answer is sent: that answer leaves
     * once the store is durable up to {@code writtenIn}.
     */
    static void answerWhenDurable(Channel channel, long writtenIn, GroupCommit commits) {
        channel.attr(WRITTEN_IN).set(writtenIn);
        if (channel.pipeline().get(NAME) == null) {
            channel.pipeline().addFirst(NAME, new DurableAcks(commits));
        }
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object answer, ChannelPromise promise) {
        Long writtenIn = ctx.channel().attr(WRITTEN_IN).getAndSet(null);
        if (writtenIn == null && held.isEmpty()) {
            ctx.write(answer, promise);
            return;
        }
        Held h = new Held(answer, promise);
        held.add(h);
        if (writtenIn == null) {
            h.durable = true; // a read's answer: it only waits for the answers before it
            return;
        }
        commits.whenDurable(
                writtenIn,
                () -> onLoop(ctx, () -> {
                    h.durable = true;
                    release(ctx);
                }),
                failure -> onLoop(ctx, () -> fail(ctx, failure)));
    }

    /** Back on the connection's thread; after the server shut its threads down there is no one left to answer. */
    private static void onLoop(ChannelHandlerContext ctx, Runnable task) {
        if (!ctx.executor().isShuttingDown()) {
            ctx.executor().execute(task);
        }
    }

    @Override
    public void flush(ChannelHandlerContext ctx) {
        if (held.isEmpty()) {
            ctx.flush();
        } // else flushed when the held answers are released
    }

    private void release(ChannelHandlerContext ctx) {
        boolean wrote = false;
        while (!held.isEmpty() && held.peek().durable) {
            Held h = held.poll();
            ctx.write(h.answer, h.promise);
            wrote = true;
        }
        if (wrote) {
            ctx.flush();
        }
    }

    /** The store could not be made durable: the client must not take the write as done, so the connection closes. */
    private void fail(ChannelHandlerContext ctx, RuntimeException failure) {
        dropHeld(failure);
        ctx.close();
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        dropHeld(new IllegalStateException("connection closed before its writes were durable"));
    }

    private void dropHeld(RuntimeException cause) {
        Held h;
        while ((h = held.poll()) != null) {
            ReferenceCountUtil.release(h.answer);
            h.promise.tryFailure(cause);
        }
    }
}
