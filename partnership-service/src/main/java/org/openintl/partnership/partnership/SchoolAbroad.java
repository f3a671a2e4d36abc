package org.openintl.partnership.partnership;

import org.openintl.platform.domain.InvalidInputException;

/** Where a school abroad (境外办学) runs and under which corridor. */
public record SchoolAbroad(String hostCountry, Corridor corridor) {

    public SchoolAbroad {
        if (hostCountry == null || corridor == null) {
            throw new InvalidInputException("schoolAbroad", "a school abroad needs hostCountry and corridor");
        }
    }
}
