package org.openintl.news.partnership;

import java.time.Instant;

/**
 * A partnership was signed ({@code intl.partnership.signed.v1}).
 *
 * @param eventId the CloudEvents id of the event
 * @param eventType its type
 * @param time when partnership-service recorded it
 */
public record PartnershipSigned(String eventId, String eventType, Instant time, PartnershipSnapshot partnership) {

    /** Told of every signing, after the projection has it; must be idempotent (events can arrive twice). */
    public interface Observer {
        void signed(PartnershipSigned signing);
    }
}
