package org.openintl.news.article;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/** Tells which partnerships the service does not know (from its projection of partnership events). */
@FunctionalInterface
public interface PartnershipCheck {

    Set<UUID> unknown(Collection<UUID> partnershipIds);
}
