package org.openintl.localstack.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;
import org.openintl.localstack.child.ChildArgs;
import org.openintl.localstack.child.ChildWatchdog;

/**
 * Serves the MongoDB wire protocol from an H2 MVStore file until SIGTERM, which closes the file cleanly.
 *
 * <p>Arguments: {@code --port=27017 --data-dir=./data/mongo [--commit=durable|background] [--covered-queries=on|off]
 * [--covered-heap-mb=224] [--parent-pid=<pid>]}.
 * With {@code durable} (the default) every modifying command is answered only after the store was committed and
 * forced to disk ({@link DurableH2Backend}); {@code background} is mongo-java-server's own behaviour (the MVStore
 * writes about once a second), kept to measure what durability costs. {@code --covered-queries=off} answers every
 * query from the documents, as mongo-java-server does, instead of from the indexed fields held in the heap
 * ({@link CoveredCollection}), to measure the difference; {@code --covered-heap-mb} bounds what those fields take
 * ({@link RowBudget}).
 */
public final class MongoServerMain {

    static final String DATA_FILE = "intl.mv.db";
    private static final long COMPACT_ABOVE_BYTES = 64L << 20;
    private static final int CACHE_MB = 8;
    static final int PAGE_SPLIT_BYTES = 4 << 10;
    static final int WORKER_THREADS = 16;

    private MongoServerMain() {}

    public static void main(String[] args) throws Exception {
        ChildArgs arguments = ChildArgs.parse(args);
        arguments.parentPid().ifPresent(ChildWatchdog::install);
        int port = arguments.port("port", 27017);
        Path dataDir = arguments.path("data-dir", Path.of("data", "mongo"));
        Commit commit = Commit.parse(arguments.values().getOrDefault("commit", "durable"));
        CoveredCollection.answerFromRows = !"off".equals(arguments.values().getOrDefault("covered-queries", "on"));
        Files.createDirectories(dataDir);
        Path dataFile = dataDir.resolve(DATA_FILE);

        MongoServer server = new MongoServer(open(dataFile, commit));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.shutdownNow(); // also closes the backend, which commits the MVStore
                            stopped.countDown();
                            System.out.println("[local-stack] MongoDB wire server stopped, " + dataFile + " closed");
                        },
                        "mongo-shutdown"));
        bind(server, port);
        System.out.println("[local-stack] MongoDB wire server listening on 127.0.0.1:" + port + " with data in "
                + dataFile + ", commits " + commit.name().toLowerCase(Locale.ROOT));
        stopped.await();
    }

    /**
     * Binds to loopback with {@link #WORKER_THREADS} threads serving the connections. A connection stays on one
     * thread, and a long command (a scan of a large collection) holds every other connection of its thread; more
     * threads than Netty's default (two per core) keep that wait short. Writes no longer hold their thread while the
     * disk syncs ({@link DurableAcks}); when they did, this was what let concurrent writes share one group commit
     * (measured with {@code EmbeddedWriteThroughput}, docs/embedded-database.md).
     */
    static InetSocketAddress bind(MongoServer server, int port) {
        server.bind(new InetSocketAddress("127.0.0.1", port), 1, WORKER_THREADS);
        return server.getLocalAddress();
    }

    /**
     * The backend over the store file. Durable: without the MVStore's background writer, whose housekeeping
     * (compaction) can free a chunk that a long scan still reads ("Chunk N not found", H2 2.4.240, h2database issue
     * 4383); the commits are ours anyway.
     */
    static H2Backend open(Path dataFile, Commit commit) {
        // H2 counts its cache in estimated serialized bytes; deserialized documents take several times that in the heap
        MVStore.Builder builder = new MVStore.Builder()
                .fileName(dataFile.toString())
                .cacheSize(CACHE_MB)
                .pageSplitSize(PAGE_SPLIT_BYTES);
        if (commit == Commit.DURABLE) {
            compactIfLarge(dataFile);
            return new DurableH2Backend(builder.autoCommitDisabled().open());
        }
        return new H2Backend(builder.open());
    }

    /**
     * Without the background writer nothing compacts the store while it runs, and every commit rewrites the pages it
     * touched, so the file grows well beyond its live data (docs/embedded-database.md). Each start therefore copies
     * the live data into a fresh file first when the file is large; the copy replaces the file atomically, and a
     * copy interrupted by a crash is cleaned up at the next start.
     */
    static void compactIfLarge(Path dataFile) {
        String name = dataFile.toString();
        MVStoreTool.compactCleanUp(name);
        try {
            if (!Files.exists(dataFile) || Files.size(dataFile) < COMPACT_ABOVE_BYTES) {
                return;
            }
            long before = Files.size(dataFile);
            long begin = System.nanoTime();
            MVStoreTool.compact(name, false);
            System.out.printf(
                    Locale.ROOT,
                    "[local-stack] compacted %s from %d MB to %d MB in %.1f s%n",
                    dataFile,
                    before >> 20,
                    Files.size(dataFile) >> 20,
                    (System.nanoTime() - begin) / 1e9);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** When a write reaches the disk. */
    public enum Commit {
        /** before the write is answered (group commit: one fsync serves the writers waiting for it) */
        DURABLE,
        /** when the MVStore's background writer gets to it, about once a second */
        BACKGROUND;

        static Commit parse(String value) {
            try {
                return valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--commit must be durable or background but was " + value, e);
            }
        }
    }
}
