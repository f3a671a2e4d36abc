package org.openintl.platform.country;

/**
 * Continent of a country after the UN M49 geoscheme, with the Americas split at Panama/Colombia: Central America
 * and the Caribbean are {@link #NORTH_AMERICA}.
 */
public enum Continent {
    AFRICA,
    ASIA,
    EUROPE,
    NORTH_AMERICA,
    SOUTH_AMERICA,
    OCEANIA,
    ANTARCTICA
}
