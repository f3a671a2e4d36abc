package org.openintl.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What the supervisor prints once everything is up: where the logs are, the addresses, and a first call to try. */
final class StackSummary {

    private final LocalStack stack;
    private final StackConsole console;

    StackSummary(LocalStack stack, StackConsole console) {
        this.stack = stack;
        this.console = console;
    }

    void print(Duration took, List<ChildProcess> children) {
        console.say("up in %.1f s", took.toMillis() / 1000.0);
        console.say(
                "logs:     %s/{%s}.log",
                stack.logsDir(), StackConsole.names(children).replace(" ", ""));
        console.say("kafka:    %s", stack.kafkaBootstrap());
        console.say("mongodb:  %s", stack.mongoUri());
        if (stack.infraOnly()) {
            return;
        }
        console.say("console:  %s/   (the web console; sign in as admin, password below)", stack.gatewayUrl());
        console.say("gateway:  %s   (Swagger UI: %s/swagger-ui.html)", stack.gatewayUrl(), stack.gatewayUrl());
        ServiceInstances instances = stack.instances();
        for (StackService service : StackService.values()) {
            if (instances.count(service) > 1) {
                console.say(
                        "          %s: instances on ports %s",
                        service.moduleName(), instances.ports().get(service));
            }
        }
        if (!ChildCommands.LOOPBACK.equals(stack.gatewayBind())) {
            console.say("          listening on %s (--bind)", stack.gatewayBind());
        }
        console.say(
                "actuator: http://127.0.0.1:<port + %d>, e.g. %s/actuator/health (loopback only)",
                StackService.MANAGEMENT_OFFSET, stack.managementUrl(StackService.GATEWAY));
        Path passwordFile = stack.dataDir().resolve("gateway").resolve("admin-password");
        console.say(
                "token:    curl -s %s/auth/token -H 'Content-Type: application/json' "
                        + "-d '{\"username\":\"admin\",\"password\":\"...\"}'",
                stack.gatewayUrl());
        console.say(
                "          admin password: $INTL_ADMIN_PASSWORD, else the one in %s", passwordFile.toAbsolutePath());
        console.say("try:      curl -s %s/api/overview -H \"Authorization: Bearer $TOKEN\"", stack.gatewayUrl());
    }
}
