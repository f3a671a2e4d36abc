package org.openintl.student.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openintl.platform.aggregate.IdempotencyKeys;
import org.openintl.platform.imports.ImportFormat;
import org.openintl.platform.imports.ImportHeader;
import org.openintl.platform.imports.ImportJobRepository;
import org.openintl.platform.imports.ImportRow;
import org.openintl.platform.imports.StagedRows;
import org.openintl.platform.privacy.FieldCipher;
import org.openintl.platform.privacy.Sealed;
import org.openintl.platform.testing.Http;
import org.openintl.student.IntegrationTest;
import org.openintl.student.student.StudentService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/** CSV imports and exports over HTTP: the job's life, its counts and line numbers, resumption, streaming export. */
class ImportIntegrationTest extends IntegrationTest {

    static final String HEADER = "familyName,givenName,chineseName,nationality,gender,dateOfBirth,passportNumber,"
            + "category,college,program,fundingType,fundingProgram,counselor";

    @Autowired
    ImportService imports;

    @Autowired
    ImportJobRepository jobs;

    @Autowired
    StudentService students;

    @Autowired
    FieldCipher cipher;

    @Autowired
    MongoDatabase mongo;

    @Test
    void importsValidRowsAndReportsTheBadOnesByLine() {
        String college = unique("College-of-Imports");
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= 1000; i++) {
            String nationality = i == 250 ? "XX" : "KR";
            String birth = i == 500 ? "2003-13-01" : "2002-05-06";
            String category = i == 999 ? "ASTRONAUT" : "BACHELOR";
            csv.append(row("Lee" + i, nationality, birth, category, college)).append('\n');
        }
        var accepted = http.send("POST", "/api/students/imports", csv.toString(), "text/csv");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        assertThat(accepted.header("Location")).startsWith("/api/students/imports/");

        JsonNode job = awaitJob(accepted.header("Location"));
        assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(job.get("total").asLong()).isEqualTo(1000);
        assertThat(job.get("processed").asLong()).isEqualTo(1000);
        assertThat(job.get("imported").asLong()).isEqualTo(997);
        assertThat(job.get("failed").asLong()).isEqualTo(3);
        assertThat(job.get("errors").valueStream().map(e -> e.get("line").asLong()))
                .containsExactly(251L, 501L, 1000L);
        assertThat(job.get("errors").get(0).get("message").asString()).contains("nationality", "XX");
        assertThat(job.get("errors").get(1).get("message").asString())
                .contains("dateOfBirth")
                .doesNotContain("2003-13-01");
        assertThat(job.get("errors").get(2).get("message").asString()).contains("category", "ASTRONAUT");
        assertThat(count("college=" + college)).isEqualTo(997);
    }

    /**
     * Rows are stored in batches (one command per collection for a batch); each row still gets the answer it would
     * get alone, in file order, across several batches: a natural key twice in the file creates one student, a
     * student registered through the API is matched, a refused row does not stop a later valid row with its key.
     */
    @Test
    void rowsStoredInBatchesAnswerAsTheyWouldOneByOne() {
        String college = unique("College-of-Batches");
        String twice = passportNumber();
        String registered = passportNumber();
        String refusedFirst = passportNumber();
        String registeredId = create(student("passportNumber", registered, "college", college));
        String tooYoung = today().minusYears(5).toString();
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        csv.append(withPassport("First", "KR", "2002-05-06", twice, college)).append('\n'); // line 2: created
        csv.append(withPassport("Second", "KR", "2002-05-06", twice, college)).append('\n'); // line 3: matched (line 2)
        csv.append(withPassport("Registered", "KR", "2002-05-06", registered, college))
                .append('\n'); // line 4: matched
        csv.append(withPassport("Young", "KR", tooYoung, refusedFirst, college)).append('\n'); // line 5: refused
        csv.append(withPassport("Grown", "KR", "2002-05-06", refusedFirst, college))
                .append('\n'); // line 6: created
        for (int i = 7; i <= 251; i++) { // three batches in all
            csv.append(withPassport("Batch" + i, "KR", "2002-05-06", passportNumber(), college))
                    .append('\n');
        }

        JsonNode job = awaitJob(http.send("POST", "/api/students/imports", csv.toString(), "text/csv")
                .header("Location"));

        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMPLETED");
        assertThat(job.get("total").asLong()).isEqualTo(250);
        assertThat(job.get("created").asLong()).isEqualTo(247);
        assertThat(job.get("matched").asLong()).isEqualTo(2);
        assertThat(job.get("refused").asLong()).isEqualTo(1);
        assertThat(job.get("errors").get(0).get("line").asLong()).isEqualTo(5);
        assertThat(job.get("errors").get(0).get("message").asString()).contains("dateOfBirth");
        assertThat(count("college=" + college)).isEqualTo(248);
        assertThat(count("college=" + college + "&name=Second")).isZero();
        assertThat(count("college=" + college + "&name=Registered")).isZero();
        assertThat(get(registeredId).get("familyName").asString()).isEqualTo("Kim");

        String first = http.get("/api/students?college=" + college + "&name=First")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        assertThat(types(awaitExactly(first, 1))).containsExactly("intl.student.admitted.v1");
        String last = http.get("/api/students?college=" + college + "&name=Batch251")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        assertThat(types(awaitExactly(last, 1))).containsExactly("intl.student.admitted.v1");
    }

    @Test
    void readsSpreadsheetFilesAsTheyComeFromOffices() {
        String college = unique("College-of-Spreadsheets");
        String csv = "\uFEFFCollege,familyname,GIVENNAME,chineseName,nationality,dateOfBirth,passportNumber,category,"
                + "fundingType,fundingProgram,program\r\n"
                + college + ",박,서연,朴书妍,KR,2002-03-04,M11223344,BACHELOR,CSC,\"Silk Road Scholarship, Track A\","
                + "\"Economics, International\"\r\n"
                + "\r\n"
                + college
                + ",Nguyen,\"Thi \"\"Lan\"\"\",阮氏兰,VN,2001-07-08,C22334455,MASTER,SELF_FUNDED,,\"Law\nand Policy\"\r\n"
                + ",,,,,,,,,,\r\n"
                + college + ",Only,Three\r\n"
                + college + ",Смирнов,Иван,,RU,2000-01-02,753123456,LANGUAGE,PROVINCIAL,,\r\n";
        var accepted = http.send("POST", "/api/students/imports", csv, "text/csv; charset=UTF-8");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        JsonNode job = awaitJob(accepted.header("Location"));
        assertThat(job.get("total").asLong()).isEqualTo(4);
        assertThat(job.get("imported").asLong()).isEqualTo(3);
        assertThat(job.get("errors")).hasSize(1);
        assertThat(job.get("errors").get(0).get("line").asLong()).isEqualTo(7);
        assertThat(job.get("errors").get(0).get("message").asString()).contains("3 values", "11 columns");

        var imported =
                http.get("/api/students?size=10&college=" + college).json().get("items");
        assertThat(imported.valueStream().map(s -> s.get("familyName").asString()))
                .containsExactlyInAnyOrder("박", "Nguyen", "Смирнов");
        JsonNode park = imported.valueStream()
                .filter(s -> s.get("familyName").asString().equals("박"))
                .findFirst()
                .orElseThrow();
        assertThat(park.get("chineseName").asString()).isEqualTo("朴书妍");
        assertThat(park.get("funding").get("program").asString()).isEqualTo("Silk Road Scholarship, Track A");
        assertThat(park.get("program").asString()).isEqualTo("Economics, International");
        JsonNode nguyen = imported.valueStream()
                .filter(s -> s.get("familyName").asString().equals("Nguyen"))
                .findFirst()
                .orElseThrow();
        assertThat(nguyen.get("givenName").asString()).isEqualTo("Thi \"Lan\"");
        assertThat(nguyen.get("program").asString()).isEqualTo("Law\nand Policy");
    }

    @Test
    void aBadHeaderFailsBeforeAnyRowAndStoresNothing() {
        String college = unique("College-of-Bad-Headers");
        String csv = "familyName,nationality,birthday,passportNumber,category,college,fundingType,colour\n"
                + "Kim,KR,2002-01-01,M12345678,BACHELOR," + college + ",CSC,blue\n";
        var refused = http.send("POST", "/api/students/imports", csv, "text/csv");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:intl:problem:validation");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("header");
        assertThat(refused.json().get("detail").asString())
                .contains(
                        "unknown column 'birthday'", "unknown column 'colour'", "missing required column dateOfBirth");
        assertThat(refused.header("Location")).isNull();

        var duplicate = http.send(
                "POST",
                "/api/students/imports",
                HEADER + ",college\nKim,,,KR,,2002-01-01,M12345678,BACHELOR," + college + ",,CSC,x,,x\n",
                "text/csv");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("detail").asString()).contains("'college' appears twice");
        assertThat(http.send("POST", "/api/students/imports", "", "text/csv").status())
                .isEqualTo(400);
        assertThat(http.send("POST", "/api/students/imports", "\n\n", "text/csv")
                        .status())
                .isEqualTo(400);
        assertThat(count("college=" + college)).isZero();
    }

    @Test
    void malformedCsvIsRefusedWholeAndStoresNothing() {
        String college = unique("College-of-Quotes");
        String csv = HEADER + "\n" + row("Kim", "KR", "2002-01-01", "BACHELOR", college) + "\n"
                + "\"Unclosed,,,KR,,2002-01-01,M12345678,BACHELOR," + college + ",,CSC,,\n";
        var refused = http.send("POST", "/api/students/imports", csv, "text/csv");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("not valid CSV");
        assertThat(count("college=" + college)).isZero();
    }

    @Test
    void onlyCsvIsAccepted() {
        var json = http.post("/api/students/imports", Map.of("rows", List.of()));
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.json().get("type").asString()).isEqualTo("urn:intl:problem:unsupported-media-type");
        assertThat(http.get("/api/students/imports/" + UUID.randomUUID()).status())
                .isEqualTo(404);
    }

    @Test
    void twoContentTypeHeadersAreRefusedAndStoreNothing() {
        String college = unique("College-of-Two-Headers");
        String csv = HEADER + "\n" + row("Kim", "KR", "2002-01-01", "BACHELOR", college) + "\n";
        // the handler is chosen by the first (CSV); the two arrive joined ("text/csv,application/json"), not a 500
        var refused = http.send("POST", "/api/students/imports", csv, "application/json", "Content-Type", "text/csv");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.toString()).contains("Content-Type");
        assertThat(count("college=" + college)).isZero();
    }

    @Test
    void aRetriedUploadWithTheSameKeyIsTheSameJob() {
        String college = unique("College-of-Retried-Uploads");
        String csv = HEADER + "\n" + row("Kim", "KR", "2002-01-01", "BACHELOR", college) + "\n";
        String key = UUID.randomUUID().toString();
        var first = http.send("POST", "/api/students/imports", csv, "text/csv", "Idempotency-Key", key);
        awaitJob(first.header("Location"));
        var retry = http.send("POST", "/api/students/imports", csv, "text/csv", "Idempotency-Key", key);
        assertThat(retry.status()).isEqualTo(202);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(count("college=" + college)).isEqualTo(1);
    }

    @Test
    void aJobInterruptedMidChunkIsResumedWithoutDuplicates() {
        String college = unique("College-of-Restarts");
        UUID job = UUID.randomUUID();
        List<ImportRow> rows = new ArrayList<>();
        ImportHeader header = ImportHeader.parse(List.of(HEADER.split(",")), StudentColumns.ALL);
        for (int i = 0; i < 250; i++) {
            rows.add(new ImportRow(
                    i + 2,
                    List.of(row("Chen" + i, "SG", "2001-01-01", "MASTER", college)
                            .split(",", -1))));
        }
        // a worker of an instance that stopped: chunk 0 half done, its lease long expired (set last, so that the
        // scheduled sweep cannot take the job for one that stopped while receiving its file)
        Instant longAgo = Instant.now().minus(Duration.ofHours(1));
        jobs.insert(
                job,
                header,
                ImportFormat.CSV,
                "instance-that-died",
                longAgo,
                Instant.now().plus(Duration.ofMinutes(5)));
        for (int chunk = 0; chunk * 100 < rows.size(); chunk++) {
            var part = rows.subList(chunk * 100, Math.min(rows.size(), chunk * 100 + 100));
            jobs.stageChunk(
                    job, chunk, stored(cipher.seal(JSON.writeValueAsString(part), "import/" + job + "/" + chunk)));
        }
        jobs.staged(job, 250, 3, "test-fingerprint");
        for (int i = 0; i < 50; i++) {
            var r = rows.get(i);
            students.register(
                    IdempotencyKeys.aggregateId("student-import", job + ":" + r.line()),
                    CsvImportUnitTest.parse(header, r.values()),
                    "import:" + job + ":" + r.line());
        }
        jobs.renew(job, "instance-that-died", longAgo);

        imports.resumeAbandoned();

        JsonNode done = awaitJob("/api/students/imports/" + job);
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.get("imported").asLong()).isEqualTo(250);
        assertThat(done.get("failed").asLong()).isZero();
        assertThat(count("college=" + college)).isEqualTo(250);
        assertThat(jobs.chunk(job, 0)).isEmpty();
    }

    @Test
    void aJobInterruptedASecondTimeIsMarkedFailedWithTheReasonInsteadOfResumed() {
        String college = unique("College-of-Crash-Loops");
        UUID job = stagedJobOfADeadInstance(college, 250);
        // its first interruption was resumed already; the process died under it once more
        mongo.getCollection("import_jobs").updateOne(Filters.eq("_id", job), Updates.set("interruptions", 1));

        imports.resumeAbandoned();

        JsonNode failed = http.get("/api/students/imports/" + job).json();
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("message").asString())
                .contains("interrupted 2 times", "not resumed again", "0 of 250 rows were imported");
        assertThat(count("college=" + college)).isZero();
        assertThat(jobs.chunk(job, 0)).isEmpty();
    }

    @Test
    void aJobHandedOverOnACleanStopIsResumedWithoutCountingAnInterruption() {
        String college = unique("College-of-Clean-Stops");
        UUID job = stagedJobOfADeadInstance(college, 50);
        mongo.getCollection("import_jobs").updateOne(Filters.eq("_id", job), Updates.set("interruptions", 1));
        jobs.release("instance-that-died", Instant.now());

        imports.resumeAbandoned();

        JsonNode done = awaitJob("/api/students/imports/" + job);
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(count("college=" + college)).isEqualTo(50);
    }

    @Test
    void aRunningJobCanBeCancelledAndIsNeitherResumedNorContinued() {
        String college = unique("College-of-Cancelled-Imports");
        UUID job = stagedJobOfADeadInstance(college, 250);

        var cancelled = http.send("POST", "/api/students/imports/" + job + "/cancel", "", "application/json");

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("message").asString()).contains("cancelled");
        imports.resumeAbandoned();
        imports.run(new ImportJobRepository.Work(
                job,
                ImportHeader.parse(List.of(HEADER.split(",")), StudentColumns.ALL),
                3,
                0,
                0,
                true,
                0)); // a worker still holding it
        assertThat(http.get("/api/students/imports/" + job).json().get("status").asString())
                .isEqualTo("CANCELLED");
        assertThat(count("college=" + college)).isZero();
        var again = http.send("POST", "/api/students/imports/" + job + "/cancel", "", "application/json");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void cancellingAnEndedOrUnknownJobIsAProblem() {
        String college = unique("College-of-Finished-Imports");
        var accepted = http.send(
                "POST",
                "/api/students/imports",
                HEADER + "\n" + row("Kim", "KR", "2002-01-01", "BACHELOR", college) + "\n",
                "text/csv");
        awaitJob(accepted.header("Location"));

        var ended = http.send("POST", accepted.header("Location") + "/cancel", "", "application/json");
        assertThat(ended.status()).isEqualTo(409);
        assertThat(ended.header("Content-Type")).startsWith("application/problem+json");
        assertThat(ended.json().get("detail").asString()).contains("COMPLETED");
        var unknown =
                http.send("POST", "/api/students/imports/" + UUID.randomUUID() + "/cancel", "", "application/json");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        var malformed = http.send("POST", "/api/students/imports/not-a-uuid/cancel", "", "application/json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(count("college=" + college)).isEqualTo(1);
    }

    /** A staged job of {@code rows} rows (chunks of 100) whose owner died before processing any, lease expired. */
    private UUID stagedJobOfADeadInstance(String college, int rowCount) {
        UUID job = UUID.randomUUID();
        List<ImportRow> rows = new ArrayList<>();
        ImportHeader header = ImportHeader.parse(List.of(HEADER.split(",")), StudentColumns.ALL);
        for (int i = 0; i < rowCount; i++) {
            rows.add(new ImportRow(
                    i + 2,
                    List.of(row("Chen" + i, "SG", "2001-01-01", "MASTER", college)
                            .split(",", -1))));
        }
        Instant longAgo = Instant.now().minus(Duration.ofHours(1));
        jobs.insert(
                job,
                header,
                ImportFormat.CSV,
                "instance-that-died",
                longAgo,
                Instant.now().plus(Duration.ofMinutes(5)));
        int chunks = 0;
        for (; chunks * 100 < rows.size(); chunks++) {
            var part = rows.subList(chunks * 100, Math.min(rows.size(), chunks * 100 + 100));
            jobs.stageChunk(
                    job, chunks, stored(cipher.seal(JSON.writeValueAsString(part), "import/" + job + "/" + chunks)));
        }
        jobs.staged(job, rowCount, chunks, "test-fingerprint");
        jobs.renew(job, "instance-that-died", longAgo);
        return job;
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aRetryWhileTheFirstUploadIsStillArrivingWaitsAndNeverJoinsAJobThatThenVanishes(CapturedOutput log)
            throws Exception {
        String college = unique("College-of-Slow-Uploads");
        String csv = HEADER + "\n" + row("Kim", "KR", "2002-01-01", "BACHELOR", college) + "\n";
        String key = UUID.randomUUID().toString();
        UUID id = IdempotencyKeys.aggregateId("student-imports", key);
        try (SlowUpload first = SlowUpload.start(port, key, csv, 1000)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> jobs.find(id).isPresent());

            var retry = http.send("POST", "/api/students/imports", csv, "text/csv", "Idempotency-Key", key);
            assertThat(retry.status()).as(retry.toString()).isEqualTo(409);
            assertThat(retry.header("Retry-After")).isEqualTo("5");
            assertThat(retry.header("Content-Type")).startsWith("application/problem+json");
            assertThat(retry.json().get("type").asString()).isEqualTo("urn:intl:problem:conflict");
            assertThat(retry.json().get("detail").asString()).contains("still being received");

            // the client of the first upload goes away: its file is not the problem, and nothing of it stays.
            // (Tomcat answers a body that broke off with its own 400, so the operator's log is where it shows.)
            assertThat(first.abort()).startsWith("HTTP/1.1 400").doesNotContain("not valid CSV");
        }
        assertThat(log.getOut())
                .containsPattern("WARN .*Upload of import " + id + " interrupted after \\d+ bytes, nothing kept")
                .doesNotContain("not valid CSV")
                .doesNotContainPattern("ERROR .*(" + id + "|Unexpected error)");
        assertThat(jobs.find(id)).isEmpty();
        assertThat(mongo.getCollection("import_chunks").countDocuments(Filters.eq("job", id)))
                .isZero();

        var again = http.send("POST", "/api/students/imports", csv, "text/csv", "Idempotency-Key", key);
        assertThat(again.status()).as(again.toString()).isEqualTo(202);
        JsonNode done = awaitJob(again.header("Location"));
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.get("imported").asLong()).isEqualTo(1);
        assertThat(count("college=" + college)).isEqualTo(1);
    }

    @Test
    void aFileThatNeverFinishedArrivingIsForgottenSoTheSameRequestStartsAfresh() {
        String college = unique("College-of-Lost-Uploads");
        String csv = HEADER + "\n" + row("Kim", "KR", "2002-01-01", "BACHELOR", college) + "\n";
        String key = UUID.randomUUID().toString();
        UUID job = IdempotencyKeys.aggregateId("student-imports", key);
        Instant longAgo = Instant.now().minus(Duration.ofHours(1));
        // an instance stopped while receiving this file: its client never got an answer
        jobs.insert(
                job,
                ImportHeader.parse(List.of(HEADER.split(",")), StudentColumns.ALL),
                ImportFormat.CSV,
                "instance-that-died",
                longAgo,
                longAgo);
        var whileThere = http.send("POST", "/api/students/imports", csv, "text/csv", "Idempotency-Key", key);
        assertThat(whileThere.status()).as(whileThere.toString()).isEqualTo(409);

        imports.resumeAbandoned();

        assertThat(http.get("/api/students/imports/" + job).status()).isEqualTo(404);
        var again = http.send("POST", "/api/students/imports", csv, "text/csv", "Idempotency-Key", key);
        assertThat(again.status()).as(again.toString()).isEqualTo(202);
        assertThat(awaitJob(again.header("Location")).get("status").asString()).isEqualTo("COMPLETED");
        assertThat(count("college=" + college)).isEqualTo(1);
    }

    @Test
    void exportsTheFilteredListAsCsv() throws Exception {
        String college = unique("College-of-Exports");
        create(student("college", college, "familyName", "Kim", "chineseName", "金敏智", "passportNumber", "M99887766"));
        create(student(
                "college", college, "familyName", "Ivanova", "nationality", "RU", "program", "Russian, Chinese"));
        create(student("college", college, "familyName", "Tanaka", "nationality", "JP"));

        var export = http.get("/api/students/export?college=" + college + "&continent=ASIA");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("text/csv");
        assertThat(export.header("Content-Disposition")).contains("students.csv");
        assertThat(export.body()).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(export.body().substring(1)))
                .getRecords();
        assertThat(records).extracting(r -> r.get("familyName")).containsExactlyInAnyOrder("Kim", "Tanaka");
        CSVRecord kim = records.stream()
                .filter(r -> r.get("familyName").equals("Kim"))
                .findFirst()
                .orElseThrow();
        assertThat(kim.get("chineseName")).isEqualTo("金敏智");
        assertThat(kim.get("passportNumber")).isEqualTo("M99887766");
        assertThat(kim.get("fundingType")).isEqualTo("CSC");
        assertThat(kim.get("status")).isEqualTo("ADMITTED");
        assertThat(kim.get("continent")).isEqualTo("ASIA");
        assertThat(UUID.fromString(kim.get("id"))).isNotNull();

        var all = http.get("/api/students/export?college=" + college);
        assertThat(all.body()).contains("\"Russian, Chinese\"");
        assertThat(http.get("/api/students/export?status=NOPE").status()).isEqualTo(400);
    }

    private JsonNode awaitJob(String location) {
        return await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> {
                            Http.Response r = http.get(location);
                            assertThat(r.status()).as(r.toString()).isEqualTo(200);
                            return r.json();
                        },
                        j -> !j.get("status").asString().equals("RUNNING"));
    }

    private static StagedRows.Stored stored(Sealed sealed) {
        return new StagedRows.Stored(sealed.keyId(), sealed.data());
    }

    static String row(String familyName, String nationality, String birth, String category, String college) {
        return row(familyName, nationality, birth, passportNumber(), category, college);
    }

    private static String withPassport(
            String familyName, String nationality, String birth, String passport, String college) {
        return row(familyName, nationality, birth, passport, "BACHELOR", college);
    }

    private static String row(
            String familyName, String nationality, String birth, String passport, String category, String college) {
        return String.join(
                ",",
                familyName,
                "Ji-woo",
                "",
                nationality,
                "MALE",
                birth,
                passport,
                category,
                college,
                "",
                "CSC",
                "Chinese University Program",
                "");
    }
}
