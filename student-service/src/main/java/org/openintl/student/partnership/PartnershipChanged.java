package org.openintl.student.partnership;

import java.util.UUID;

/**
 * Published in-process after a partnership event was handled (applied or found stale), so that features depending on
 * partnerships reconcile with the projection's current state. Delivered synchronously: a failing reaction makes the
 * Kafka record be retried.
 */
public record PartnershipChanged(UUID partnershipId, String status) {}
