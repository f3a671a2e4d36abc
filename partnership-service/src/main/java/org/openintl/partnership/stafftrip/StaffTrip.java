package org.openintl.partnership.stafftrip;

import java.util.UUID;

/** What this service keeps of a staff member's trip abroad: its status and the agreement it is under, nothing personal. */
public record StaffTrip(UUID id, String status, UUID partnershipId) {}
