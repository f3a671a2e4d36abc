package org.openintl.faculty.talent;

import java.util.List;
import java.util.Locale;

/**
 * The recruitment pipeline {@code IDENTIFIED -> CONTACTED -> INTERVIEWED -> OFFERED -> ACCEPTED -> ARRIVED}, one
 * step at a time, or DECLINED from any stage before ARRIVED. ARRIVED and DECLINED are final.
 */
public enum TalentStage {
    IDENTIFIED,
    CONTACTED,
    INTERVIEWED,
    OFFERED,
    ACCEPTED,
    ARRIVED,
    DECLINED;

    public List<TalentStage> allowedNext() {
        return switch (this) {
            case IDENTIFIED -> List.of(CONTACTED, DECLINED);
            case CONTACTED -> List.of(INTERVIEWED, DECLINED);
            case INTERVIEWED -> List.of(OFFERED, DECLINED);
            case OFFERED -> List.of(ACCEPTED, DECLINED);
            case ACCEPTED -> List.of(ARRIVED, DECLINED);
            case ARRIVED, DECLINED -> List.of();
        };
    }

    /** The event announcing that a candidate reached this stage, e.g. {@code intl.talent.offered.v1}. */
    public String eventType() {
        return "intl.talent." + name().toLowerCase(Locale.ROOT) + ".v1";
    }
}
