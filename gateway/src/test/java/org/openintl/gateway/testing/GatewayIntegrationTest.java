package org.openintl.gateway.testing;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.openintl.gateway.issuer.SigningKey;
import org.openintl.gateway.issuer.TokenIssuer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the gateway's integration tests: the whole gateway on a random port with its routes pointing at the shared
 * {@link Backends}, a {@link WebTestClient} bound to it, and {@link GatewayTokens} from its own issuer. Before each
 * test every backend is reset (running, echoing, nothing received) and the tokens are made afresh.
 *
 * <p>A test class that needs other settings adds them with {@code @TestPropertySource} (or a
 * {@code @DynamicPropertySource} of its own) and gets a Spring context of its own; all the others share one, as the
 * context cache reuses a context for an identical configuration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
public abstract class GatewayIntegrationTest {

    protected static final StubService partnership = Backends.shared().partnership();
    protected static final StubService student = Backends.shared().student();
    protected static final StubService news = Backends.shared().news();
    protected static final StubService faculty = Backends.shared().faculty();

    /** The backends by service id, which is also the id of the gateway's route to the service. */
    protected static final Map<String, StubService> stubs = Backends.shared().byService();

    @DynamicPropertySource
    static void backendUris(DynamicPropertyRegistry registry) {
        Backends.shared().registerUris(registry);
    }

    @Autowired
    protected WebTestClient client;

    /** Actuator's port (health with details, metrics), never the public one. */
    @LocalManagementPort
    protected int managementPort;

    /** Absent where a test turns the local issuer off ({@code intl.issuer.enabled=false}). */
    @Autowired(required = false)
    private @Nullable TokenIssuer issuer;

    /** Absent where a test turns the local issuer off. */
    @Autowired(required = false)
    protected @Nullable SigningKey signingKey;

    /** Made from the context's own issuer; {@code null} where a test turns the local issuer off. */
    protected @Nullable GatewayTokens tokens;

    @BeforeEach
    void resetBackendsAndTokens() {
        Backends.shared().resetAll();
        tokens = issuer == null || signingKey == null ? null : new GatewayTokens(issuer, signingKey);
    }

    /** A client of the management port. */
    protected WebTestClient management() {
        return WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + managementPort)
                .build();
    }

    /** Every request of {@link #client} in this test carries an ADMIN token unless it sets its own. */
    protected void sendAdminTokenByDefault() {
        client = client.mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, GatewayTokens.bearer(tokens.admin()))
                .build();
    }
}
