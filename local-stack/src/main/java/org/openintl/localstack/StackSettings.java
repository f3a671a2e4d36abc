package org.openintl.localstack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What a {@link LocalStack.Builder} collected, frozen: where data goes, the ports, and what each service is given. */
record StackSettings(
        ProjectLayout layout,
        Path dataDir,
        StackPorts ports,
        ServiceInstances instances,
        int topicPartitions,
        boolean infraOnly,
        String gatewayBind,
        Duration readinessTimeout,
        List<String> serviceJvmOptions,
        List<String> allServicesArgs,
        Map<StackService, List<String>> serviceArgs,
        Map<StackService, Map<String, String>> serviceEnv,
        PrintStream console,
        RestartPolicy restartPolicy) {

    StackSettings {
        dataDir = dataDir.toAbsolutePath().normalize();
        serviceJvmOptions = List.copyOf(serviceJvmOptions);
        allServicesArgs = List.copyOf(allServicesArgs);
        Map<StackService, List<String>> args = new EnumMap<>(StackService.class);
        serviceArgs.forEach((service, list) -> args.put(service, List.copyOf(list)));
        serviceArgs = args;
        Map<StackService, Map<String, String>> env = new EnumMap<>(StackService.class);
        serviceEnv.forEach((service, map) -> env.put(service, Map.copyOf(map)));
        serviceEnv = env;
    }

    Path logsDir() {
        return dataDir.resolve("logs");
    }

    Path logFile(String processName) {
        return logsDir().resolve(processName + ".log");
    }
}
