package org.openintl.boot.management;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Puts actuator (health, metrics, the OpenAPI document) on its own port, the HTTP port + {@value #OFFSET}, unless
 * {@code management.server.port} is set (ADR 0461): the gateway's 8080 serves the API, 9080 the operators; a
 * service's 8081 and 9081 likewise. The port follows {@code server.port}, so {@code --port-offset} and tests on random
 * ports ({@code server.port=0}: a random management port too) need no second setting. The management port binds where
 * the HTTP port binds ({@code server.address}) unless {@code management.server.address} says otherwise. Added with
 * the lowest precedence: any configured value wins. Registered in this module's {@code META-INF/spring.factories}, so
 * the gateway and every service get it by depending on the module.
 */
public final class ManagementPortEnvironment implements EnvironmentPostProcessor, Ordered {

    public static final int OFFSET = 1000;
    static final String SOURCE = "intl-management-port";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = defaults(
                environment.getProperty("server.port"),
                environment.getProperty("server.address"),
                environment.containsProperty("management.server.port"),
                environment.containsProperty("management.server.address"));
        if (!defaults.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE, defaults));
        }
    }

    static Map<String, Object> defaults(
            @Nullable String serverPort,
            @Nullable String serverAddress,
            boolean managementPortSet,
            boolean managementAddressSet) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        if (!managementPortSet) {
            int port = serverPort == null || serverPort.isBlank() ? 8080 : Integer.parseInt(serverPort.strip());
            if (port == 0) {
                defaults.put("management.server.port", 0);
            } else if (port > 0) {
                if (port + OFFSET > 65535) {
                    throw new IllegalStateException("server.port " + port + " leaves no room for the management port "
                            + "(server.port + " + OFFSET + "); set management.server.port");
                }
                defaults.put("management.server.port", port + OFFSET);
            }
        }
        if (!managementAddressSet && serverAddress != null && !serverAddress.isBlank()) {
            defaults.put("management.server.address", serverAddress.strip());
        }
        return defaults;
    }

    @Override
    public int getOrder() {
        // after application.yml and the command line have been read
        return Ordered.LOWEST_PRECEDENCE;
    }
}
