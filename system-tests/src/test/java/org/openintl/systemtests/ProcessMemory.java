package org.openintl.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.openintl.localstack.LocalStack;
import org.openintl.localstack.StackService;

/** Resident memory of the system's processes, read from {@code /proc} (Linux); elsewhere it prints nothing. */
final class ProcessMemory {

    private ProcessMemory() {}

    static void print(LocalStack stack, String when) {
        List<String> names = new ArrayList<>(List.of(LocalStack.KAFKA, LocalStack.MONGO));
        for (StackService service : StackService.values()) {
            names.add(service.moduleName());
        }
        long totalKb = 0;
        List<String> parts = new ArrayList<>();
        for (String name : names) {
            OptionalLong pid = stack.pid(name);
            if (pid.isEmpty()) {
                continue;
            }
            long[] rssAndPeak = rssAndPeakKb(pid.getAsLong());
            if (rssAndPeak == null) {
                return;
            }
            totalKb += rssAndPeak[0];
            parts.add("%s %d MB (peak %d MB)".formatted(name, rssAndPeak[0] / 1024, rssAndPeak[1] / 1024));
        }
        long[] self = rssAndPeakKb(ProcessHandle.current().pid());
        if (self != null) {
            parts.add("test JVM %d MB".formatted(self[0] / 1024));
        }
        Measurements.record(
                "resident memory " + when, "%d MB in all: %s".formatted(totalKb / 1024, String.join(", ", parts)));
    }

    /** {VmRSS, VmHWM} in kB, or {@code null} without {@code /proc}. */
    private static long[] rssAndPeakKb(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            long rss = 0;
            long peak = 0;
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    rss = kilobytes(line);
                } else if (line.startsWith("VmHWM:")) {
                    peak = kilobytes(line);
                }
            }
            return new long[] {rss, peak};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
