package org.openintl.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.openintl.localstack.LocalStack;
import org.openintl.localstack.StackService;

/**
 * The highest heap use seen per process of the stack, sampled with the JDK's {@code jstat -gc} (survivor, eden
 * and old generation used), so it includes garbage not yet collected: an upper bound of what each process needed.
 * At most one sample every {@link #EVERY}: each sample starts one {@code jstat} JVM per process, and sampling at
 * every poll of a long test took a good part of two cores away from the system it measured.
 */
final class HeapPeaks {

    private final LocalStack stack;
    private final Map<String, Long> peakKb = new LinkedHashMap<>();
    private int samples;
    private Instant last = Instant.MIN;

    HeapPeaks(LocalStack stack) {
        this.stack = stack;
    }

    static final Duration EVERY = Duration.ofSeconds(30);

    /** Takes one sample of every running process, unless the last one is more recent than {@link #EVERY}. */
    synchronized void sample() {
        Instant now = Instant.now();
        if (now.isBefore(last.plus(EVERY))) {
            return;
        }
        last = now;
        samples++;
        for (String name : names()) {
            OptionalLong pid = stack.pid(name);
            if (pid.isPresent()) {
                long used = usedKb(pid.getAsLong());
                if (used > 0) {
                    peakKb.merge(name, used, Math::max);
                }
            }
        }
    }

    synchronized String describe() {
        List<String> parts = new ArrayList<>();
        peakKb.forEach((name, kb) -> parts.add("%s %d MB".formatted(name, kb / 1024)));
        return String.join(", ", parts) + " (" + samples + " samples)";
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>(List.of(LocalStack.MONGO, LocalStack.KAFKA));
        for (StackService service : StackService.values()) {
            names.add(service.moduleName());
        }
        return names;
    }

    /** S0U + S1U + EU + OU of {@code jstat -gc}, in kB; 0 when jstat is not available. */
    private static long usedKb(long pid) {
        try {
            Process jstat = new ProcessBuilder("jstat", "-gc", Long.toString(pid))
                    .redirectErrorStream(true)
                    .start();
            String out = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!jstat.waitFor(30, TimeUnit.SECONDS) || jstat.exitValue() != 0) {
                return 0;
            }
            String[] lines = out.strip().split("\\R");
            if (lines.length < 2) {
                return 0;
            }
            List<String> header = List.of(lines[0].trim().split("\\s+"));
            String[] values = lines[1].trim().split("\\s+");
            double used = 0;
            for (String column : List.of("S0U", "S1U", "EU", "OU")) {
                used += Double.parseDouble(values[header.indexOf(column)]);
            }
            return (long) used;
        } catch (IOException | RuntimeException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
