package org.openintl.platform.aggregate;

import java.util.UUID;

/** An aggregate's state together with the version it has in the store (the HTTP ETag). */
public record Versioned<T>(UUID id, T state, long version) {}
