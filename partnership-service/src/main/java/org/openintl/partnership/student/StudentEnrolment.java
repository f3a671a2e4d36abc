package org.openintl.partnership.student;

import java.util.UUID;

/** What this service keeps of a student: status and partnership, nothing personal. */
public record StudentEnrolment(UUID id, String status, UUID partnershipId) {}
