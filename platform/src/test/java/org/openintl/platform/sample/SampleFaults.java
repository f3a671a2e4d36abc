package org.openintl.platform.sample;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Faults a test switches on for one subject in the sample's consumer: {@code broken} is a bug in the consumer (the
 * record ends on the dead-letter topic, to be replayed after the fix), {@code databaseDown} is MongoDB out of reach
 * (the consumer must wait, not dead-letter). {@code attempts} counts the handler's runs per subject.
 */
record SampleFaults(Set<UUID> broken, Set<UUID> databaseDown, Map<UUID, AtomicInteger> attempts) {

    SampleFaults() {
        this(ConcurrentHashMap.newKeySet(), ConcurrentHashMap.newKeySet(), new ConcurrentHashMap<>());
    }

    int attempts(UUID id) {
        AtomicInteger n = attempts.get(id);
        return n == null ? 0 : n.get();
    }
}
