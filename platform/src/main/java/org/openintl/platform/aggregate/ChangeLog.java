package org.openintl.platform.aggregate;

import java.util.List;
import java.util.UUID;

/**
 * The change log of one kind of aggregate (ADR 0482), as the changes endpoint reads it: a controller passes its
 * feature service's {@code changes} method ({@code super(students::changes)}), never the store.
 *
 * @param <T> the aggregate's state, which tells the logs of two kinds apart when a service has both
 */
@FunctionalInterface
public interface ChangeLog<T> {

    /** Every write of the aggregate, oldest first; a 404 problem for an unknown id. */
    List<ChangeRecord> changes(UUID id);
}
