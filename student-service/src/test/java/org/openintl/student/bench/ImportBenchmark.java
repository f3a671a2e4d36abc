package org.openintl.student.bench;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.openintl.platform.imports.ImportFormat;
import org.openintl.platform.imports.TableReader;
import org.openintl.platform.imports.TableWriter;
import org.openintl.platform.testing.EmbeddedInfrastructure;
import org.openintl.platform.testing.Http;
import org.openintl.student.StudentServiceApplication;
import org.openintl.student.TestKeys;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Imports a generated CSV of N students (default 100,000) through the real HTTP API into the service running on the
 * embedded broker and MongoDB-wire server, and prints rows per second for receiving the file, for importing the rows,
 * and for the outbox to hand every {@code admitted} event to Kafka. Run:
 *
 * <pre>
 * ./mvnw -q -o -pl student-service test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.openintl.student.bench.ImportBenchmark [-Dexec.args="100000 --any.spring=property"]
 * </pre>
 *
 * Arguments after the row count go to the service (e.g. {@code --intl.students.imports.row-threads=4}); with
 * {@code --spring.kafka.bootstrap-servers=...} pointing nowhere the import is measured without the outbox relay;
 * {@code --format=xlsx} uploads the same rows as one {@code .xlsx} workbook.
 */
public final class ImportBenchmark {

    private static final String[][] COUNTRIES = {
        {"KR", "박", "서연"}, {"RU", "Смирнов", "Иван"}, {"PK", "Khan", "Ayesha"}, {"KZ", "Nurlanov", "Aidos"},
        {"TH", "Srisuk", "Nicha"}, {"VN", "Nguyen", "Lan"}, {"NG", "Okafor", "Chidi"}, {"US", "Smith", "Emma"},
        {"FR", "Martin", "Léa"}, {"MN", "Bat-Erdene", "Oyun"}, {"LA", "Phommachanh", "Kham"}, {"EG", "Hassan", "Omar"}
    };
    private static final String[] CATEGORIES = {"BACHELOR", "MASTER", "DOCTORAL", "LANGUAGE", "EXCHANGE"};
    private static final String[] FUNDING = {"CSC", "PROVINCIAL", "UNIVERSITY", "PARTNER", "SELF_FUNDED"};

    private ImportBenchmark() {}

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        EmbeddedInfrastructure.start();
        List<String> springArgs = new ArrayList<>(List.of(
                "--server.port=0",
                "--intl.students.imports.max-rows=" + Math.max(rows, 200_000),
                "--intl.students.documents.first-scan-delay=PT1H",
                "--intl.students.metrics.first-refresh-delay=PT1H",
                // no key is shipped (ADR 0480): a throwaway one, as the integration tests use
                "--intl.students.encryption.keys.bench=" + TestKeys.newKeyBase64(),
                "--intl.students.encryption.active-key=bench"));
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(Math.min(1, args.length), args.length));
        // --format=xlsx: the same rows as one workbook (docs/imports.md); CSV otherwise
        boolean xlsx = rest.remove("--format=xlsx");
        rest.remove("--format=csv");
        springArgs.addAll(rest);
        ConfigurableApplicationContext app =
                new SpringApplication(StudentServiceApplication.class).run(springArgs.toArray(String[]::new));
        try {
            int port = app.getEnvironment().getProperty("local.server.port", Integer.class);
            Http http = new Http("http://127.0.0.1:" + port);
            String csv = csv(rows);
            Object body = xlsx ? workbook(csv) : csv;
            String type = xlsx ? ImportFormat.XLSX_TYPE : "text/csv";
            System.out.printf(
                    Locale.ROOT,
                    "%,d rows, %,d bytes of %s%n",
                    rows,
                    xlsx ? ((byte[]) body).length : csv.length(),
                    xlsx ? "XLSX" : "CSV");

            long t0 = System.nanoTime();
            Http.Response accepted = http.send("POST", "/api/students/imports", body, type);
            long t1 = System.nanoTime();
            if (accepted.status() != 202) {
                throw new IllegalStateException("import refused: " + accepted);
            }
            JsonNode job = Awaitility.await()
                    .atMost(Duration.ofHours(2))
                    .pollInterval(Duration.ofMillis(250))
                    .until(
                            () -> http.get(accepted.header("Location")).json(),
                            j -> !j.get("status").asString().equals("RUNNING"));
            long t2 = System.nanoTime();
            MongoDatabase db = app.getBean(MongoDatabase.class);
            boolean waitForEvents =
                    springArgs.stream().noneMatch(a -> a.startsWith("--spring.kafka.bootstrap-servers"));
            if (waitForEvents) {
                Awaitility.await()
                        .atMost(Duration.ofHours(6))
                        .pollInterval(Duration.ofMillis(250))
                        .until(() -> db.getCollection("students").countDocuments(Filters.exists("outbox.id")) == 0);
            }
            long t3 = System.nanoTime();

            System.out.printf(
                    Locale.ROOT,
                    "job: %s%n",
                    job.toString().substring(0, Math.min(300, job.toString().length())));
            report("receive + stage (202)", rows, t1 - t0);
            report("import rows (202 -> COMPLETED)", rows, t2 - t1);
            report("whole import (POST -> COMPLETED)", rows, t2 - t0);
            report("every event acknowledged by Kafka", rows, t3 - t0);
        } finally {
            app.close();
            System.exit(0);
        }
    }

    /** The CSV's rows as a workbook, written by the export's writer (text inline, as our exports write it). */
    private static byte[] workbook(String csv) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (TableReader in = TableReader.csv(
                        new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                TableWriter writer = TableWriter.of(ImportFormat.XLSX, out, in.header(), "students")) {
            in.forEachRemaining(row -> writer.row(row.values()));
        }
        return out.toByteArray();
    }

    private static String csv(int rows) {
        StringBuilder sb = new StringBuilder(rows * 150);
        sb.append("familyName,givenName,chineseName,nationality,gender,dateOfBirth,passportNumber,category,college,"
                + "program,fundingType,fundingProgram,counselor\n");
        var random = ThreadLocalRandom.current();
        for (int i = 0; i < rows; i++) {
            String[] c = COUNTRIES[i % COUNTRIES.length];
            String funding = FUNDING[i % FUNDING.length];
            sb.append(c[1])
                    .append(',')
                    .append(c[2])
                    .append(',')
                    .append(i % 3 == 0 ? "王" + (i % 100) : "")
                    .append(',')
                    .append(c[0])
                    .append(',')
                    .append(i % 2 == 0 ? "FEMALE" : "MALE")
                    .append(',')
                    .append(1995 + random.nextInt(10))
                    .append("-0")
                    .append(1 + random.nextInt(9))
                    .append("-1")
                    .append(random.nextInt(10))
                    .append(',')
                    .append("P")
                    .append(10_000_000 + i)
                    .append(',')
                    .append(CATEGORIES[i % CATEGORIES.length])
                    .append(',')
                    .append("College ")
                    .append(i % 20)
                    .append(',')
                    .append("\"Program ")
                    .append(i % 50)
                    .append(", track A\"")
                    .append(',')
                    .append(funding)
                    .append(',')
                    .append(funding.equals("CSC") ? "Chinese University Program" : "")
                    .append(',')
                    .append("Counselor ")
                    .append(i % 40)
                    .append('\n');
        }
        return sb.toString();
    }

    private static void report(String what, int rows, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf(Locale.ROOT, "%-36s %8.1f s  %,10.0f rows/s%n", what, seconds, rows / seconds);
    }
}
