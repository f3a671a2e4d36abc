package org.openintl.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * One real stack for the whole class: a Kafka broker and MongoDB as child JVMs, and {@link FakeService} jars in
 * place of the Spring Boot services (which other modules build), all on free ports in a temporary directory.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalStackIntegrationTest {

    private static final String TOPIC = "local-stack-it";

    @TempDir
    static Path tempDir;

    private LocalStack stack;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @BeforeAll
    void startStack() throws IOException {
        stack = LocalStack.builder()
                .projectDir(FakeServiceJars.createProject(tempDir.resolve("project")))
                .dataDir(tempDir.resolve("data"))
                .ports(StackPorts.freePorts())
                .readinessTimeout(Duration.ofSeconds(60))
                .allServicesArgs(List.of("--demo"))
                .serviceArgs(StackService.PARTNERSHIP, List.of("--logging.level.root=DEBUG"))
                .serviceEnv(
                        StackService.PARTNERSHIP,
                        Map.of(
                                "FAKE_GREETING",
                                "hello",
                                "FAKE_CRASH_FILE",
                                crashFile().toString()))
                .restartPolicy(
                        new RestartPolicy(2, Duration.ofMillis(200), Duration.ofMillis(800), Duration.ofMinutes(10)))
                .console(new PrintStream(new TeeOutputStream(System.out, console), true, StandardCharsets.UTF_8))
                .build()
                .start();
    }

    @AfterAll
    void closeStackAndCheckThatNoChildSurvives() {
        if (stack == null) {
            return;
        }
        List<ProcessHandle> children = new ArrayList<>();
        for (String name : List.of(LocalStack.KAFKA, LocalStack.MONGO, "gateway", "news-service")) {
            stack.pid(name).ifPresent(pid -> ProcessHandle.of(pid).ifPresent(children::add));
        }
        stack.close();
        assertThat(children).hasSize(4).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void startsServicesWithTheInfrastructureAddressesAndTheExtraArguments() throws Exception {
        StackPorts ports = stack.ports();
        assertThat(get(stack.managementUrl(StackService.GATEWAY).resolve("/actuator/health/readiness")))
                .isEqualTo(200);

        String gatewayLog = Files.readString(stack.logFile("gateway"));
        assertThat(gatewayLog)
                .contains("--server.port=" + ports.gateway())
                .contains("--spring.kafka.bootstrap-servers=" + stack.kafkaBootstrap())
                .contains("--spring.mongodb.uri=" + stack.mongoUri())
                .contains("--intl.services.partnership-uri=http://127.0.0.1:" + ports.partnership())
                .contains("--intl.services.student-uri=http://127.0.0.1:" + ports.student())
                .contains("--intl.services.news-uri=http://127.0.0.1:" + ports.news())
                .contains("--intl.services.news-management-uri=http://127.0.0.1:" + (ports.news() + 1000))
                .contains("--intl.services.faculty-uri=http://127.0.0.1:" + ports.faculty())
                .contains("--intl.services.faculty-management-uri=http://127.0.0.1:" + (ports.faculty() + 1000))
                .contains("--server.address=127.0.0.1")
                .contains("--demo")
                .doesNotContain("--logging.level.root=DEBUG");

        String partnershipLog = Files.readString(stack.logFile("partnership-service"));
        assertThat(partnershipLog)
                .contains("--server.port=" + ports.partnership())
                .contains("--demo --logging.level.root=DEBUG")
                .contains("FAKE_GREETING=hello")
                .doesNotContain("--intl.services.partnership-uri")
                .contains("INTL_STUDENTS_ENCRYPTION_ACTIVEKEY=unset")
                .contains("INTL_FACULTY_ENCRYPTION_ACTIVEKEY=unset");
        // each service with personal data gets a key of its own, made in the data directory
        assertThat(Files.readString(stack.logFile("student-service")))
                .contains("INTL_STUDENTS_ENCRYPTION_ACTIVEKEY=set")
                .contains("INTL_FACULTY_ENCRYPTION_ACTIVEKEY=unset");
        assertThat(Files.readString(stack.logFile("faculty-service")))
                .contains("INTL_FACULTY_ENCRYPTION_ACTIVEKEY=set")
                .contains("INTL_STUDENTS_ENCRYPTION_ACTIVEKEY=unset");
        assertThat(stack.dataDir().resolve("faculty-service").resolve("encryption.env"))
                .isRegularFile();
    }

    @Test
    void keepsTopicDataWhenOnlyTheBrokerRestarts() {
        String key = UUID.randomUUID().toString();
        produce(key, "before-restart");
        assertThat(consumeAll()).contains(key + "=before-restart");
        long gatewayPid = stack.pid("gateway").orElseThrow();

        stack.stopBroker();
        assertThat(stack.isRunning(LocalStack.KAFKA)).isFalse();
        assertThat(stack.isRunning(LocalStack.MONGO)).isTrue();

        stack.startBroker();
        assertThat(stack.pid("gateway")).hasValue(gatewayPid);
        produce(key, "after-restart");
        assertThat(consumeAll()).contains(key + "=before-restart", key + "=after-restart");
    }

    @Test
    void keepsDocumentsWhenMongoRestarts() {
        String id = UUID.randomUUID().toString();
        try (MongoClient client = MongoClients.create(stack.mongoUri())) {
            client.getDatabase("local_stack_it")
                    .getCollection("docs")
                    .insertOne(new Document("_id", id).append("n", 1));
        }

        stack.stopMongo();
        stack.startMongo();

        try (MongoClient client = MongoClients.create(stack.mongoUri())) {
            MongoCollection<Document> docs =
                    client.getDatabase("local_stack_it").getCollection("docs");
            assertThat(docs.find(Filters.eq("_id", id)).first()).containsEntry("n", 1);
        }
    }

    @Test
    void restartsOneServiceWhileTheOthersKeepRunning() throws Exception {
        URI newsReadiness = stack.managementUrl(StackService.NEWS).resolve("/actuator/health/readiness");

        stack.stopService(StackService.NEWS);
        assertThat(stack.isRunning("news-service")).isFalse();
        assertThat(Readiness.tcpOpen(stack.ports().news())).isFalse();
        assertThat(get(stack.managementUrl(StackService.GATEWAY).resolve("/actuator/health/readiness")))
                .isEqualTo(200);

        stack.startService(StackService.NEWS);
        assertThat(get(newsReadiness)).isEqualTo(200);
    }

    @Test
    void restartsAServiceKilledWithSigkill() throws Exception {
        long before = stack.pid("news-service").orElseThrow();

        ProcessHandle.of(before).orElseThrow().destroyForcibly();

        await().atMost(Duration.ofSeconds(60)).until(() -> stack.restarts("news-service") >= 1);
        assertThat(stack.pid("news-service")).isPresent().isNotEqualTo(OptionalLong.of(before));
        assertThat(get(stack.managementUrl(StackService.NEWS).resolve("/actuator/health/readiness")))
                .isEqualTo(200);
        assertThat(console()).contains("news-service exited unexpectedly with code 137; restarting it");
    }

    @Test
    void restartsMongoKilledWithSigkillAndKeepsWhatItAcknowledged() {
        String id = UUID.randomUUID().toString();
        try (MongoClient client = MongoClients.create(stack.mongoUri())) {
            client.getDatabase("local_stack_it")
                    .getCollection("docs")
                    .insertOne(new Document("_id", id).append("n", 2));
        }
        int restartsBefore = stack.restarts(LocalStack.MONGO);

        ProcessHandle.of(stack.pid(LocalStack.MONGO).orElseThrow())
                .orElseThrow()
                .destroyForcibly();

        await().atMost(Duration.ofSeconds(60)).until(() -> stack.restarts(LocalStack.MONGO) > restartsBefore);
        try (MongoClient client = MongoClients.create(stack.mongoUri())) {
            assertThat(client.getDatabase("local_stack_it")
                            .getCollection("docs")
                            .find(Filters.eq("_id", id))
                            .first())
                    .containsEntry("n", 2);
        }
    }

    @Test
    void restartsKafkaKilledWithSigkillAndKeepsItsTopics() {
        String key = UUID.randomUUID().toString();
        produce(key, "before-kill");
        int restartsBefore = stack.restarts(LocalStack.KAFKA);

        ProcessHandle.of(stack.pid(LocalStack.KAFKA).orElseThrow())
                .orElseThrow()
                .destroyForcibly();

        await().atMost(Duration.ofMinutes(2)).until(() -> stack.restarts(LocalStack.KAFKA) > restartsBefore);
        produce(key, "after-kill");
        assertThat(consumeAll()).contains(key + "=before-kill", key + "=after-kill");
    }

    @Test
    void givesUpOnAProcessThatKeepsCrashingAndSaysSo() throws Exception {
        Files.createFile(crashFile());
        try {
            ProcessHandle.of(stack.pid("partnership-service").orElseThrow())
                    .orElseThrow()
                    .destroyForcibly();

            await().atMost(Duration.ofSeconds(60))
                    .until(() -> console()
                            .contains("partnership-service exited unexpectedly with code 3: it crashed 3 "
                                    + "times in a row, so it is NOT restarted again"));
            assertThat(stack.isRunning("partnership-service")).isFalse();
            assertThat(console()).contains("fake-service crashes on purpose");
            assertThat(stack.isRunning("gateway")).isTrue();
        } finally {
            Files.deleteIfExists(crashFile());
            stack.startService(StackService.PARTNERSHIP); // a person fixed the cause and starts it again
        }
        assertThat(get(stack.managementUrl(StackService.PARTNERSHIP).resolve("/actuator/health/readiness")))
                .isEqualTo(200);
    }

    @Test
    void refusesASecondStackOnTheSamePorts() {
        LocalStack second = LocalStack.builder()
                .projectDir(tempDir.resolve("project"))
                .dataDir(tempDir.resolve("second"))
                .ports(stack.ports())
                .build();

        assertThatThrownBy(second::start)
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("already in use");
        assertThat(stack.isRunning(LocalStack.MONGO)).isTrue();
    }

    private static Path crashFile() {
        return tempDir.resolve("partnership-crashes");
    }

    private String console() {
        synchronized (console) {
            return console.toString(StandardCharsets.UTF_8);
        }
    }

    private int get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private void produce(String key, String value) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        } catch (Exception e) {
            throw new AssertionError("could not produce to " + stack.kafkaBootstrap(), e);
        }
    }

    /** Every record of the topic as {@code key=value}, read by a new consumer group from the beginning. */
    private List<String> consumeAll() {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class);
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(TOPIC));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    seen.add(record.key() + "=" + record.value());
                }
                assertThat(consumer.assignment()).isNotEmpty();
                assertThat(consumer.assignment())
                        .allMatch(partition -> consumer.position(partition)
                                >= consumer.endOffsets(List.of(partition)).get(partition));
                assertThat(seen).isNotEmpty();
            });
        }
        return seen;
    }
}
