package org.openintl.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Request bodies the office sends every day: partner universities and agreements with them. */
final class Bodies {

    private static final String[] COUNTRIES = {"KR", "GB", "RU", "TH", "PK", "KZ", "VN", "LA", "MY", "DE"};
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private Bodies() {}

    static Map<String, Object> partner() {
        long n = SEQUENCE.incrementAndGet();
        return Map.of(
                "name",
                Map.of("en", "Bench University " + n, "zh", "基准大学" + n),
                "country",
                COUNTRIES[(int) (n % COUNTRIES.length)],
                "type",
                "UNIVERSITY");
    }

    static Map<String, Object> partnership(String partnerId) {
        long n = SEQUENCE.incrementAndGet();
        return Map.of(
                "title", Map.of("en", "Bench exchange " + n, "zh", "基准交换项目" + n),
                "type", "STUDENT_EXCHANGE",
                "partnerIds", List.of(partnerId),
                "responsibleUnit", "International College",
                "startDate", "2026-09-01",
                "endDate", "2029-08-31");
    }

    static Map<String, Object> transition(String to) {
        return Map.of("to", to);
    }
}
