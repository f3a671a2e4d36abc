package org.openintl.partnership.stafftrip;

/**
 * Staff going abroad under one partnership, counted from the latest state of each trip.
 *
 * @param approved trips approved and not yet departed
 * @param abroad staff abroad now (DEPARTED)
 * @param returned trips completed (RETURNED, or REPORTED once the report is in)
 */
public record StaffMobility(long approved, long abroad, long returned) {

    public static final StaffMobility NONE = new StaffMobility(0, 0, 0);
}
