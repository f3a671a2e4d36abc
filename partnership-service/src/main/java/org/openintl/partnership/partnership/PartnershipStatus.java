package org.openintl.partnership.partnership;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of a partnership, as an explicit state machine. {@code RENEWED} is a move, not a resting state: a
 * renewal sets a new end date and the partnership is ACTIVE again.
 */
public enum PartnershipStatus {
    PROPOSED,
    NEGOTIATING,
    SIGNED,
    ACTIVE,
    SUSPENDED,
    EXPIRED,
    TERMINATED,
    RENEWED;

    private static final Map<PartnershipStatus, Set<PartnershipStatus>> MOVES = Map.of(
            PROPOSED, EnumSet.of(NEGOTIATING, SIGNED, TERMINATED),
            NEGOTIATING, EnumSet.of(SIGNED, TERMINATED),
            SIGNED, EnumSet.of(ACTIVE, TERMINATED),
            ACTIVE, EnumSet.of(SUSPENDED, RENEWED, EXPIRED, TERMINATED),
            SUSPENDED, EnumSet.of(ACTIVE, RENEWED, EXPIRED, TERMINATED),
            EXPIRED, EnumSet.of(RENEWED),
            TERMINATED, EnumSet.noneOf(PartnershipStatus.class),
            RENEWED, EnumSet.noneOf(PartnershipStatus.class));

    /** The moves allowed from here, in lifecycle order. */
    public List<PartnershipStatus> allowedMoves() {
        return List.copyOf(MOVES.get(this));
    }

    public boolean canMoveTo(PartnershipStatus target) {
        return MOVES.get(this).contains(target);
    }

    /** Agreements that students can be admitted under. */
    public boolean admitsStudents() {
        return this == SIGNED || this == ACTIVE;
    }

    /** States in which the agreement binds the university and its deadlines matter. */
    public boolean isInForce() {
        return this == ACTIVE || this == SUSPENDED;
    }
}
