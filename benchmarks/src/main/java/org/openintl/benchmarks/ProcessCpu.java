package org.openintl.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.locks.LockSupport;
import org.openintl.localstack.LocalStack;
import org.openintl.localstack.StackService;

/**
 * CPU time used by each process of the stack and by the benchmark itself, read through {@link ProcessHandle} (on
 * Linux from {@code /proc}), so that a load can be split into what each process spent per request: on two cores
 * shared by every process, that is where a rate's limit comes from.
 */
record ProcessCpu(Map<String, Duration> used, long nanoTime) {

    static final String BENCH = "benchmark (load, topic watch)";

    /** What the processes spent over a stretch without load: the baseline of a {@link #perUnit} table. */
    record AtRest(ProcessCpu from, ProcessCpu to) {}

    /** Sends no load for {@code duration} and reads what the stack's processes spent meanwhile on their own. */
    static AtRest atRest(LocalStack stack, Duration duration) {
        ProcessCpu from = now(stack);
        LockSupport.parkNanos(duration.toNanos());
        return new AtRest(from, now(stack));
    }

    static ProcessCpu now(LocalStack stack) {
        Map<String, Duration> used = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(List.of(LocalStack.MONGO, LocalStack.KAFKA));
        for (StackService s : StackService.values()) {
            names.add(s.moduleName());
        }
        for (String name : names) {
            OptionalLong pid = stack.pid(name);
            if (pid.isPresent()) {
                ProcessHandle.of(pid.getAsLong())
                        .flatMap(h -> h.info().totalCpuDuration())
                        .ifPresent(d -> used.put(name, d));
            }
        }
        ProcessHandle.current().info().totalCpuDuration().ifPresent(d -> used.put(BENCH, d));
        return new ProcessCpu(used, System.nanoTime());
    }

    /**
     * One row per process, busiest first: CPU milliseconds per unit of work ({@code units} done since {@code before})
     * and the share of the machine's cores it kept busy, beside the cores it kept busy while the stack was at rest
     * (measured just before): the baseline of what it spends on its own.
     */
    Table perUnit(ProcessCpu before, long units, AtRest rest, String title, String unit) {
        int cores = Runtime.getRuntime().availableProcessors();
        Map<String, Double> busy = before.coresBusyUntil(this);
        Map<String, Double> idle = rest.from().coresBusyUntil(rest.to());
        double seconds = (nanoTime - before.nanoTime) / 1e9;
        Table table = new Table(
                title,
                "process",
                "CPU ms per " + unit,
                "cores busy",
                "cores busy when idle",
                "share of " + cores + " cores");
        List<Map.Entry<String, Double>> rows = new ArrayList<>(busy.entrySet());
        rows.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        double total = 0;
        double totalIdle = 0;
        for (Map.Entry<String, Double> r : rows) {
            double idleCores = idle.getOrDefault(r.getKey(), 0.0);
            table.row(
                    r.getKey(),
                    r.getValue() * seconds * 1000 / Math.max(1, units),
                    r.getValue(),
                    idleCores,
                    Table.ratio(r.getValue(), cores));
            total += r.getValue();
            totalIdle += idleCores;
        }
        return table.row(
                "all", total * seconds * 1000 / Math.max(1, units), total, totalIdle, Table.ratio(total, cores));
    }

    /**
     * Waits, at most {@code max}, until the stack's processes together keep fewer than {@code cores} cores busy over
     * a second: the JIT of a fresh stack, or what a scenario left queued, would otherwise take its share of the two
     * cores from the next measurement. Returns the cores they kept busy in the last second.
     */
    static double awaitRest(LocalStack stack, double cores, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        ProcessCpu from = now(stack);
        while (true) {
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
            ProcessCpu to = now(stack);
            double busy = from.coresBusyUntil(to).entrySet().stream()
                    .filter(e -> !e.getKey().equals(BENCH))
                    .mapToDouble(Map.Entry::getValue)
                    .sum();
            if (busy < cores || System.nanoTime() > deadline) {
                return busy;
            }
            from = to;
        }
    }

    /** CPU milliseconds each process spent per unit of work ({@code units} done since {@code before}). */
    Map<String, Double> msPerUnit(ProcessCpu before, long units) {
        Map<String, Double> ms = new LinkedHashMap<>();
        used.forEach((name, until) -> {
            Duration from = before.used.get(name);
            if (from != null) {
                ms.put(name, until.minus(from).toNanos() / 1e6 / Math.max(1, units));
            }
        });
        return ms;
    }

    /** Cores each process kept busy on average from this snapshot until {@code later}. */
    private Map<String, Double> coresBusyUntil(ProcessCpu later) {
        double seconds = (later.nanoTime - nanoTime) / 1e9;
        Map<String, Double> busy = new LinkedHashMap<>();
        later.used.forEach((name, until) -> {
            Duration from = used.get(name);
            if (from != null) {
                busy.put(name, until.minus(from).toNanos() / 1e9 / seconds);
            }
        });
        return busy;
    }
}
