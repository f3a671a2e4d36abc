package org.openintl.partnership.partnership;

import java.time.Instant;
import java.time.LocalDate;

/** One step of a partnership's history: a move, the day it took effect and why. */
public record Transition(
        PartnershipStatus from, PartnershipStatus to, LocalDate date, String note, Instant recordedAt) {}
