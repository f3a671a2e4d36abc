package org.openintl.localstack.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.Locale;
import java.util.Set;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, answering a modifying command only after its change is on disk (unless the
 * command's write concern says {@code j: false}); the answer waits in the connection's pipeline ({@link DurableAcks}),
 * not on the thread that serves it. The plain
 * backend leaves committing to the MVStore's background writer (about once a second), so a killed process lost
 * what it had already acknowledged. Its databases stream aggregations and honour their indexes ({@link CoveringH2Database}).
 */
final class DurableH2Backend extends H2Backend {

    /** Every command of the wire protocol that changes data (lower case; commands are case-insensitive). */
    private static final Set<String> WRITES = Set.of(
            "insert",
            "update",
            "delete",
            "findandmodify",
            "create",
            "createindexes",
            "drop",
            "dropdatabase",
            "dropindexes",
            "renamecollection",
            "collmod");

    private final GroupCommit commits;

    DurableH2Backend(MVStore store) {
        this(store, new GroupCommit(store));
    }

    DurableH2Backend(MVStore store, GroupCommit commits) {
        super(store);
        this.commits = commits;
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        boolean write = (WRITES.contains(command.toLowerCase(Locale.ROOT)) || writesThroughAggregation(command, query))
                && !unjournaled(query);
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            // also after a failed command: an insertMany may have stored some documents before the failing one
            if (write) {
                DurableAcks.answerWhenDurable(channel, commits.currentVersion(), commits);
            }
        }
    }

    @Override
    public void close() {
        commits.close(); // the writes already waiting are committed and answered first
        super.close();
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new CoveringH2Database(databaseName, getMvStore(), getCursorRegistry());
    }

    String commitFigures() {
        return commits.figures();
    }

    /**
     * A write that asks for no journal ({@code writeConcern: {j: false}}): answered once applied, made durable by the
     * next write that waits (one commit covers every change before it) or when the store is closed; this store has
     * no background writer. Clients ask for it only where a later durable write follows before anything depends on it.
     */
    private static boolean unjournaled(Document query) {
        return query.get("writeConcern") instanceof Document concern && Boolean.FALSE.equals(concern.get("j"));
    }

    private static boolean writesThroughAggregation(String command, Document query) {
        if (!"aggregate".equalsIgnoreCase(command)) {
            return false;
        }
        return query.get("pipeline") instanceof java.util.List<?> stages
                && stages.stream()
                        .anyMatch(s -> s instanceof Document d && (d.containsKey("$out") || d.containsKey("$merge")));
    }
}
