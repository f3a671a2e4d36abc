package org.openintl.platform.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openintl.platform.domain.IllegalTransitionException;
import org.openintl.platform.domain.MultilingualText;

/** A tiny aggregate with a lifecycle, shaped like the real ones. */
public record Sample(UUID id, MultilingualText title, Status status, LocalDate startDate, List<String> tags) {

    public enum Status {
        DRAFT,
        DONE;

        List<Status> next() {
            return this == DRAFT ? List.of(DONE) : List.of();
        }
    }

    public Sample moveTo(Status target) {
        if (!status.next().contains(target)) {
            throw new IllegalTransitionException(status, target, status.next());
        }
        return new Sample(id, title, target, startDate, tags);
    }
}
