package org.openintl.news.article;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Marks an article the service wrote itself from an event, for an editor to complete.
 *
 * @param reason what made it worth an article
 * @param key what the article is about, unique per reason (the partnership id, the nationality, the talent record
 *     or trip id): the article id is
 *     derived from it, so the same occasion can never produce a second draft
 * @param causeEventType the CloudEvents type of the event that caused it
 * @param causeEventId the id of that event
 */
public record Generation(Reason reason, String key, String causeEventType, String causeEventId) {

    public enum Reason {
        /** A partnership was signed. */
        PARTNERSHIP_SIGNED,
        /** The first student of a nationality enrolled. */
        FIRST_STUDENT_OF_NATIONALITY,
        /** A high-end overseas talent arrived (faculty-service); keyed by the talent record. */
        TALENT_ARRIVED,
        /** A delegation (a staff trip with purpose DELEGATION) came back (faculty-service); keyed by the trip. */
        DELEGATION_RETURNED
    }

    public Generation {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(key, "key");
    }

    /** The article id for this occasion: the same on every redelivery and after a restart. */
    public UUID articleId() {
        return UUID.nameUUIDFromBytes(
                ("news-service/generated\n" + reason + "\n" + key).getBytes(StandardCharsets.UTF_8));
    }
}
