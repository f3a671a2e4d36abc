package org.openintl.platform.events;

/**
 * The rule that makes redelivery and reordering harmless: an event changes a projection only if its sequence is newer
 * than the one already applied for that aggregate.
 */
public final class SequenceRule {

    private SequenceRule() {}

    /** @param applied the sequence already applied, or {@code null} when nothing was applied yet */
    public static boolean shouldApply(Long applied, long incoming) {
        if (incoming <= 0) {
            throw new IllegalArgumentException("sequence must be positive: " + incoming);
        }
        return applied == null || incoming > applied;
    }
}
