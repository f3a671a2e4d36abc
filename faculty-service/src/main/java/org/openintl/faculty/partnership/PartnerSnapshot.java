package org.openintl.faculty.partnership;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** What the projection keeps of a partner institution: whether it is archived (no new trips to it). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartnerSnapshot(UUID id, String country, boolean archived) {}
