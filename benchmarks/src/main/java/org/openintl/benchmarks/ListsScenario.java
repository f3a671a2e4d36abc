package org.openintl.benchmarks;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.openintl.localstack.StackService;
import tools.jackson.databind.JsonNode;

/**
 * Partners, then students, imported by CSV (with their events flowing) up to each size, then the list, a filter and a
 * name search at that size, each beside the same query at the first, smallest size. Read-only for the list code: the
 * embedded database's query speed is owned elsewhere (docs/embedded-database.md); this only measures it.
 */
final class ListsScenario {

    /** A register the office fills by import and reads by list: where it lives, how it is imported and read. */
    private record Register(
            String name,
            StackService service,
            String imports,
            String topic,
            BiFunction<Integer, Integer, String> csv,
            int maxFileRows,
            Map<String, String> queries) {}

    private static final Register STUDENTS = new Register(
            "students",
            StackService.STUDENT,
            "/api/students/imports",
            "intl.students.v1",
            StudentCsv::generate,
            200_000,
            queries(
                    "/api/students?size=20",
                    "/api/students?size=20&nationality=KZ",
                    "/api/students?size=20&name=Nurlanov"));

    private static final Register PARTNERS = new Register(
            "partners",
            StackService.PARTNERSHIP,
            "/api/partners/imports",
            "intl.partnerships.v1",
            PartnerCsv::generate,
            20_000, // partnership-service's largest import file
            queries(
                    "/api/partners?size=20",
                    "/api/partners?size=20&country=VN",
                    "/api/partners?size=20&q=Partner%204"));

    private ListsScenario() {}

    private static Map<String, String> queries(String list, String filter, String search) {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("list", list);
        queries.put(filter.substring(filter.lastIndexOf('&') + 1), filter);
        queries.put("name search", search);
        return queries;
    }

    static List<Table> run(BenchStack bench, BenchOptions options) {
        Table imports = new Table(
                "CSV import with events flowing (each service direct)",
                "register",
                "rows",
                "after",
                "import s",
                "rows/s",
                "all events on the topic s",
                "status");
        Table lists = new Table(
                "List latency, page of 20, 4 connections, %d s per query after a warm-up (ratio: to the first size)"
                        .formatted(options.duration().toSeconds()),
                "register",
                "records",
                "query",
                "req/s",
                "p50 ms",
                "p99 ms",
                "p50 ratio",
                "errors");
        // partners first: the students' figures are then taken with the partners' rows beside them, as in an office
        measure(bench, options, PARTNERS, options.partnerSizes(), imports, lists);
        measure(bench, options, STUDENTS, options.listSizes(), imports, lists);
        return List.of(imports, lists);
    }

    private static void measure(
            BenchStack bench,
            BenchOptions options,
            Register register,
            List<Integer> sizes,
            Table imports,
            Table lists) {
        Api direct = bench.service(register.service());
        Map<String, Double> firstP50 = new LinkedHashMap<>();
        int total = 0;
        try (TopicWatch watch = new TopicWatch(bench.stack.kafkaBootstrap(), register.topic())) {
            for (int size : sizes) {
                int rows = size - total;
                if (rows > 0) {
                    importRows(direct, watch, register, total, rows, imports);
                    total = size;
                }
                for (var q : register.queries().entrySet()) {
                    // warmed first, not counted: right after an import the first query met a cold JIT and the
                    // import's last events being applied (the list at 1,000 took 107 ms at p50, 26 ms at 100,000)
                    ClosedLoad.run(direct, () -> direct.get(q.getValue()), 4, options.warmUp());
                    LoadResult r = ClosedLoad.run(direct, () -> direct.get(q.getValue()), 4, options.duration());
                    double p50 = r.percentileMillis(50);
                    firstP50.putIfAbsent(q.getKey(), p50);
                    lists.row(
                            register.name(),
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
    }

    /** Imports rows {@code first} to {@code first + rows - 1} in files as large as the service takes, one by one. */
    private static void importRows(Api direct, TopicWatch watch, Register register, int first, int rows, Table table) {
        watch.reset();
        long start = System.nanoTime();
        long imported = 0;
        long failed = 0;
        String status = "";
        for (int from = first; from < first + rows; from += register.maxFileRows()) {
            int n = Math.min(register.maxFileRows(), first + rows - from);
            JsonNode job = importFile(direct, register, register.csv().apply(from, n));
            imported += job.path("imported").asLong();
            failed += job.path("failed").asLong();
            status = job.get("status").asString();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        boolean allEvents = watch.awaitCount(rows, Duration.ofMinutes(5));
        double events = (System.nanoTime() - start) / 1e9;
        table.row(
                register.name(),
                rows,
                first + rows,
                seconds,
                rows / seconds,
                allEvents ? events : Double.NaN,
                status + " (" + imported + " imported, " + failed + " failed)");
    }

    /** One file's import, followed until its job ends; the job as it ended. */
    private static JsonNode importFile(Api direct, Register register, String csv) {
        JsonNode job = direct.call(direct.post(register.imports(), "text/csv", csv));
        String id = job.get("id").asString();
        while ("RUNNING".equals(job.get("status").asString())
                || "PENDING".equals(job.get("status").asString())
                || "QUEUED".equals(job.get("status").asString())) {
            sleep(Duration.ofMillis(500));
            job = direct.call(direct.get(register.imports() + "/" + id));
        }
        return job;
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
