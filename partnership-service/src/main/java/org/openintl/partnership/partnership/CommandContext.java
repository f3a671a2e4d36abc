package org.openintl.partnership.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.openintl.partnership.partner.Partner;

/**
 * What a partnership's commands need from outside the aggregate: its partners (their public facts go into every
 * event), the warning rules, and the clock's reading (today in the office's time zone, and now for the history).
 */
public record CommandContext(Map<UUID, Partner> partners, ExpiryRules rules, LocalDate today, Instant now) {}
