package org.openintl.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.openintl.localstack.LocalStack;
import org.openintl.localstack.StackService;

/** Resident memory (VmRSS) of the stack's processes in MB, read from {@code /proc} (Linux; elsewhere empty). */
final class ProcessMemory {

    private ProcessMemory() {}

    static Map<String, Long> residentMb(LocalStack stack) {
        Map<String, Long> result = new LinkedHashMap<>();
        List<String> names = new java.util.ArrayList<>(List.of(LocalStack.KAFKA, LocalStack.MONGO));
        for (StackService s : StackService.values()) {
            names.add(s.moduleName());
        }
        for (String name : names) {
            OptionalLong pid = stack.pid(name);
            if (pid.isPresent()) {
                try {
                    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid.getAsLong()), "status"))) {
                        if (line.startsWith("VmRSS:")) {
                            result.put(name, Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024);
                        }
                    }
                } catch (IOException e) {
                    // not Linux, or the process ended
                }
            }
        }
        return result;
    }
}
