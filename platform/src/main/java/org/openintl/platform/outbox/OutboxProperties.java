package org.openintl.platform.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Relay settings ({@code intl.outbox.*}).
 *
 * @param pollInterval the longest the relay sleeps when no write wakes it
 * @param fullScanInterval how often the relay searches every document for events (those written by another instance
 *     or before a crash); also done at start-up
 * @param batchSize documents taken per scan
 * @param sendTimeout how long to wait for the broker's acknowledgement of one batch
 * @param maxBackoff the longest pause between attempts while the broker is unreachable
 * @param claims whether the relay claims documents before publishing them: needed when several instances of the
 *     service share a database (ADR 0573), off for one instance, where it would only cost a write per batch (and
 *     on the embedded server a scan of the collection, whose index serves {@code _id} alone)
 * @param claimDuration how long a relay's claim on documents lasts (ADR 0573): longer than a batch can take to be
 *     acknowledged ({@code sendTimeout} per event at worst), so that no other instance publishes them meanwhile; a
 *     relay that died holding a claim delays those documents' events by at most this long
 */
@ConfigurationProperties("intl.outbox")
public record OutboxProperties(
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("30s") Duration fullScanInterval,
        @DefaultValue("500") int batchSize,
        @DefaultValue("30s") Duration sendTimeout,
        @DefaultValue("5s") Duration maxBackoff,
        @DefaultValue("false") boolean claims,
        @DefaultValue("45s") Duration claimDuration) {}
