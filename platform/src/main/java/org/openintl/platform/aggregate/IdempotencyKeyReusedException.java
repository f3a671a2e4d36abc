package org.openintl.platform.aggregate;

import org.openintl.platform.domain.DomainException;

/** An {@code Idempotency-Key} sent again with a different request body (422, as the IETF draft asks). */
public class IdempotencyKeyReusedException extends DomainException {

    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was already used for a different request");
    }
}
