package org.openintl.partnership.partner;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.openintl.platform.domain.MultilingualText;

/**
 * What an officer submits to register or update a partner; {@code archived} only when registering one as it already
 * is (archiving later is {@code DELETE}).
 */
public record PartnerRequest(
        @NotNull @Valid MultilingualText name,
        @Size(max = 300) String originalName,
        @NotBlank String country,
        @Size(max = 200) String city,
        @NotNull PartnerType type,

        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") @Size(max = 500)
        String website,

        @Size(max = 50) List<@Valid @NotNull Contact> contacts,
        Boolean archived) {

    /** Registering an archived partner brings in one the office no longer works with, as it is. */
    boolean registeredArchived() {
        return Boolean.TRUE.equals(archived);
    }
}
