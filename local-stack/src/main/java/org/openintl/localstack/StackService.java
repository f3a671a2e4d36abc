package org.openintl.localstack;

import java.util.Arrays;

/** The Spring Boot processes of the stack (the services, the gateway and the web console), named by their Maven module. */
public enum StackService {
    PARTNERSHIP("partnership-service"),
    STUDENT("student-service"),
    NEWS("news-service"),
    /** foreign experts, overseas talent and staff going abroad (docs/faculty-service.md) */
    FACULTY("faculty-service"),
    GATEWAY("gateway"),
    /** the office's web console, served behind the gateway at {@code /} (docs/console.md) */
    CONSOLE("console");

    private final String moduleName;

    StackService(String moduleName) {
        this.moduleName = moduleName;
    }

    /** Whether the process stores aggregates and relays their events (the services; not the gateway, console). */
    public boolean hasOutbox() {
        return this == PARTNERSHIP || this == STUDENT || this == NEWS || this == FACULTY;
    }

    /** The Maven module, also the name of the log file ({@code logs/<moduleName>.log}). */
    public String moduleName() {
        return moduleName;
    }

    public int port(StackPorts ports) {
        return switch (this) {
            case PARTNERSHIP -> ports.partnership();
            case STUDENT -> ports.student();
            case NEWS -> ports.news();
            case FACULTY -> ports.faculty();
            case GATEWAY -> ports.gateway();
            case CONSOLE -> ports.console();
        };
    }

    /**
     * Where the service serves actuator (readiness, metrics, its OpenAPI document): the HTTP port + 1000, as the
     * services and the gateway derive it themselves (docs/security.md, ADR 0461).
     */
    public int managementPort(StackPorts ports) {
        return port(ports) + MANAGEMENT_OFFSET;
    }

    public static final int MANAGEMENT_OFFSET = 1000;

    public static StackService fromModuleName(String moduleName) {
        return Arrays.stream(values())
                .filter(service -> service.moduleName.equals(moduleName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown service '" + moduleName + "', expected one of "
                        + Arrays.stream(values()).map(StackService::moduleName).toList()));
    }
}
