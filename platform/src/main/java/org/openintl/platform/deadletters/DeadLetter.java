package org.openintl.platform.deadletters;

import java.time.Instant;

/**
 * One record this service dead-lettered, as an operator needs to see it.
 *
 * @param id where it sits on the dead-letter topic, {@code <partition>-<offset>}: what a replay names
 * @param key its record key (the aggregate id its producer claims)
 * @param originalTopic where it was first read
 * @param originalPartition its partition there
 * @param originalOffset its offset there
 * @param group the consumer group that gave up on it
 * @param exception the class of what went wrong
 * @param message what went wrong
 * @param deadLetteredAt when it was written to the dead-letter topic
 * @param eventId its {@code ce_id}, when it has one
 * @param eventType its {@code ce_type}, when it has one
 * @param subject its {@code ce_subject}, when it has one
 * @param replay the last replay, or {@code null} when it was never replayed
 */
public record DeadLetter(
        String id,
        String key,
        String originalTopic,
        Integer originalPartition,
        Long originalOffset,
        String group,
        String exception,
        String message,
        Instant deadLetteredAt,
        String eventId,
        String eventType,
        String subject,
        Replay replay) {

    /** What the last replay of a dead letter did. */
    public record Replay(Outcome outcome, String detail, Instant at) {}

    /** {@code APPLIED} and {@code SKIPPED} settle a dead letter; the others leave it to be replayed again. */
    public enum Outcome {
        APPLIED,
        SKIPPED,
        REJECTED,
        FAILED;

        public boolean settles() {
            return this == APPLIED || this == SKIPPED;
        }
    }

    DeadLetter withReplay(Replay replay) {
        return new DeadLetter(
                id,
                key,
                originalTopic,
                originalPartition,
                originalOffset,
                group,
                exception,
                message,
                deadLetteredAt,
                eventId,
                eventType,
                subject,
                replay);
    }
}
