package org.openintl.localstack.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.openintl.localstack.child.ChildArgs;
import org.openintl.localstack.child.ChildWatchdog;

/**
 * Serves the MongoDB wire protocol from an H2 MVStore file until SIGTERM, which closes the file cleanly.
 *
 * <p>Arguments: {@code --port=27017 --data-dir=./data/mongo [--parent-pid=<pid>]}.
 */
public final class MongoServerMain {

    static final String DATA_FILE = "intl.mv.db";

    private MongoServerMain() {}

    public static void main(String[] args) throws Exception {
        ChildArgs arguments = ChildArgs.parse(args);
        arguments.parentPid().ifPresent(ChildWatchdog::install);
        int port = arguments.port("port", 27017);
        Path dataDir = arguments.path("data-dir", Path.of("data", "mongo"));
        Files.createDirectories(dataDir);
        Path dataFile = dataDir.resolve(DATA_FILE);

        H2Backend backend = new H2Backend(dataFile.toString());
        MongoServer server = new MongoServer(backend);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.shutdownNow(); // also closes the backend, which commits the MVStore
                            stopped.countDown();
                            System.out.println("[local-stack] MongoDB wire server stopped, " + dataFile + " closed");
                        },
                        "mongo-shutdown"));
        server.bind("127.0.0.1", port);
        System.out.println(
                "[local-stack] MongoDB wire server listening on 127.0.0.1:" + port + " with data in " + dataFile);
        stopped.await();
    }
}
