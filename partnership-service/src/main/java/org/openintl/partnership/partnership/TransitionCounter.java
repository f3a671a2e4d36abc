package org.openintl.partnership.partnership;

/** Counts lifecycle moves by target state, for the dashboards. */
@FunctionalInterface
public interface TransitionCounter {

    void count(PartnershipStatus target);
}
