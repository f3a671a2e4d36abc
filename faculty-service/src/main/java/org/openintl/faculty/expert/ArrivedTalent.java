package org.openintl.faculty.expert;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a talent candidate brings to the expert record created on their arrival.
 *
 * @param talentProgram the program the talent applied for
 * @param arrivedOn the day of arrival: the registration's date
 */
public record ArrivedTalent(
        UUID talentId,
        String name,
        String chineseName,
        String nationality,
        Gender gender,
        LocalDate dateOfBirth,
        String college,
        Position position,
        String talentProgram,
        LocalDate arrivedOn) {}
