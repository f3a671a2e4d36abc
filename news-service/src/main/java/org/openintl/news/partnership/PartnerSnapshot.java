package org.openintl.news.partnership;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** A partner institution as a partnership event describes it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartnerSnapshot(UUID id, LocalizedName name, String country, String continent, Boolean beltAndRoad) {}
