package org.openintl.systemtests;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.openintl.localstack.LocalStack;
import org.openintl.localstack.StackService;

/**
 * The highest heap use seen per process of the stack: the young and old generations' used bytes, read from each
 * JVM's performance counters (the memory-mapped {@code hsperfdata} file that {@code jstat} reads), so a sample costs
 * microseconds and can be taken every few seconds. It includes garbage not yet collected: an upper bound of what each
 * process needed.
 *
 * <p>The counters' API ({@code sun.jvmstat.monitor}) is internal to the JDK: the test JVM opens it with {@code
 * --add-exports jdk.internal.jvmstat/sun.jvmstat.monitor=ALL-UNNAMED} (system-tests/pom.xml) and it is called
 * reflectively, since the build compiles with {@code --release}. Without it, no sample is taken and {@link #describe}
 * says so.
 */
final class HeapPeaks implements AutoCloseable {

    private static final String USED = "sun\\.gc\\.generation\\.\\d+\\.space\\.\\d+\\.used";

    private final LocalStack stack;
    private final Map<String, Long> peakBytes = new LinkedHashMap<>();
    private final Map<Long, Object> vms = new LinkedHashMap<>();
    private final ScheduledExecutorService sampler;
    private int samples;
    private String unavailable;

    private HeapPeaks(LocalStack stack, Duration every) {
        this.stack = stack;
        this.sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heap-peaks");
            t.setDaemon(true);
            return t;
        });
        sampler.scheduleWithFixedDelay(this::sample, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Samples every process of the stack every {@code every} until closed. */
    static HeapPeaks sampling(LocalStack stack, Duration every) {
        return new HeapPeaks(stack, every);
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }

    /** Takes one sample of every running process. */
    synchronized void sample() {
        if (unavailable != null) {
            return;
        }
        samples++;
        for (String name : names()) {
            OptionalLong pid = stack.pid(name);
            if (pid.isPresent()) {
                try {
                    long used = usedBytes(pid.getAsLong());
                    peakBytes.merge(name, used, Math::max);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    unavailable = e.toString();
                    return;
                }
            }
        }
    }

    synchronized String describe() {
        if (peakBytes.isEmpty()) {
            return "not measured: " + unavailable;
        }
        List<String> parts = new ArrayList<>();
        peakBytes.forEach((name, bytes) -> parts.add("%s %d MB".formatted(name, bytes >> 20)));
        return String.join(", ", parts) + " (" + samples + " samples)";
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>(List.of(LocalStack.MONGO, LocalStack.KAFKA));
        for (StackService service : StackService.values()) {
            names.add(service.moduleName());
        }
        return names;
    }

    /** The sum of every generation space's used bytes (eden, survivors, old), as {@code jstat -gc} adds them. */
    private long usedBytes(long pid) throws ReflectiveOperationException {
        Object vm = vms.get(pid);
        if (vm == null) {
            Class<?> hostType = Class.forName("sun.jvmstat.monitor.MonitoredHost");
            Class<?> idType = Class.forName("sun.jvmstat.monitor.VmIdentifier");
            Object host = hostType.getMethod("getMonitoredHost", String.class).invoke(null, "localhost");
            Object id = idType.getConstructor(String.class).newInstance("//" + pid + "?mode=r");
            vm = hostType.getMethod("getMonitoredVm", idType).invoke(host, id);
            vms.put(pid, vm);
        }
        Method findByPattern =
                Class.forName("sun.jvmstat.monitor.MonitoredVm").getMethod("findByPattern", String.class);
        Method value = Class.forName("sun.jvmstat.monitor.Monitor").getMethod("getValue");
        long used = 0;
        for (Object monitor : (List<?>) findByPattern.invoke(vm, USED)) {
            used += ((Number) value.invoke(monitor)).longValue();
        }
        return used;
    }
}
