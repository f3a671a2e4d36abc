package org.openintl.benchmarks;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openintl.localstack.StackService;
import tools.jackson.databind.JsonNode;

/**
 * Students imported by CSV (with their events flowing) up to each size, then the list, a filter and a name search at
 * that size, each beside the same query at the first, smallest size. Read-only for the list code: the embedded
 * database's query speed is owned elsewhere (docs/embedded-database.md); this only measures it.
 */
final class ListsScenario {

    static final String TOPIC = "intl.students.v1";

    private static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("list", "/api/students?size=20");
        QUERIES.put("filter nationality=KZ", "/api/students?size=20&nationality=KZ");
        QUERIES.put("name search", "/api/students?size=20&name=Nurlanov");
    }

    private ListsScenario() {}

    static List<Table> run(BenchStack bench, BenchOptions options) {
        Api direct = bench.service(StackService.STUDENT);
        Table imports = new Table(
                "CSV import with events flowing (student-service direct)",
                "rows",
                "students after",
                "import s",
                "rows/s",
                "all events on the topic s",
                "status");
        Table lists = new Table(
                "Student list latency, page of 20, 4 connections, %d s per query after a warm-up (ratio: to the first size)"
                        .formatted(options.duration().toSeconds()),
                "students",
                "query",
                "req/s",
                "p50 ms",
                "p99 ms",
                "p50 ratio",
                "errors");
        Map<String, Double> firstP50 = new LinkedHashMap<>();
        int total = 0;
        try (TopicWatch watch = new TopicWatch(bench.stack.kafkaBootstrap(), TOPIC)) {
            for (int size : options.listSizes()) {
                int rows = size - total;
                if (rows > 0) {
                    importRows(direct, watch, total, rows, imports);
                    total = size;
                }
                for (var q : QUERIES.entrySet()) {
                    // warmed first, not counted: right after an import the first query met a cold JIT and the
                    // import's last events being applied (the list at 1,000 took 107 ms at p50, 26 ms at 100,000)
                    ClosedLoad.run(direct, () -> direct.get(q.getValue()), 4, options.warmUp());
                    LoadResult r = ClosedLoad.run(direct, () -> direct.get(q.getValue()), 4, options.duration());
                    double p50 = r.percentileMillis(50);
                    firstP50.putIfAbsent(q.getKey(), p50);
                    lists.row(
                            size,
                            q.getKey(),
                            r.throughput(),
                            Table.ms(p50),
                            Table.ms(r.percentileMillis(99)),
                            Table.ratio(p50, firstP50.get(q.getKey())),
                            r.failed());
                }
            }
        }
        return List.of(imports, lists);
    }

    private static void importRows(Api direct, TopicWatch watch, int first, int rows, Table table) {
        String csv = StudentCsv.generate(first, rows);
        watch.reset();
        long start = System.nanoTime();
        JsonNode job = direct.call(direct.post("/api/students/imports", "text/csv", csv));
        String id = job.get("id").asString();
        while ("RUNNING".equals(job.get("status").asString())
                || "PENDING".equals(job.get("status").asString())
                || "QUEUED".equals(job.get("status").asString())) {
            sleep(Duration.ofMillis(500));
            job = direct.call(direct.get("/api/students/imports/" + id));
        }
        double imported = (System.nanoTime() - start) / 1e9;
        boolean allEvents = watch.awaitCount(rows, Duration.ofMinutes(5));
        double events = (System.nanoTime() - start) / 1e9;
        table.row(
                rows,
                first + rows,
                imported,
                rows / imported,
                allEvents ? events : Double.NaN,
                job.get("status").asString() + " (" + job.path("imported").asLong() + " imported, "
                        + job.path("failed").asLong() + " failed)");
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
