package org.openintl.partnership.stats;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.openintl.partnership.partnership.PartnershipStatus;
import org.openintl.partnership.partnership.TransitionCounter;
import org.springframework.stereotype.Component;

/** Counts lifecycle moves by target state ({@code intl.partnerships.transitions}, docs/metrics.md). */
@Component
class TransitionMeter implements TransitionCounter {

    private final MeterRegistry meters;

    TransitionMeter(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void count(PartnershipStatus target) {
        Counter.builder("intl.partnerships.transitions")
                .description("Lifecycle moves, by target state")
                .tag("to", target.name())
                .register(meters)
                .increment();
    }
}
