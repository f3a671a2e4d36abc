package org.openintl.console.management;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Actuator on the HTTP port + 1000 unless {@code management.server.port} is set, as the gateway and the services do
 * (ADR 0461; the console depends on neither, so it has this small copy). {@code server.port=0} gives a random one.
 */
public final class ManagementPortEnvironment implements EnvironmentPostProcessor, Ordered {

    static final int OFFSET = 1000;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        if (!environment.containsProperty("management.server.port")) {
            String configured = environment.getProperty("server.port", "8085").strip();
            int port = Integer.parseInt(configured);
            defaults.put("management.server.port", port == 0 ? 0 : port + OFFSET);
        }
        String address = environment.getProperty("server.address");
        if (!environment.containsProperty("management.server.address") && address != null && !address.isBlank()) {
            defaults.put("management.server.address", address.strip());
        }
        environment.getPropertySources().addLast(new MapPropertySource("intl-management-port", defaults));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
