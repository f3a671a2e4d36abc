package org.openintl.faculty.talent;

import java.time.LocalDate;

/** What is sealed at rest of a candidate: the contact address and the date of birth, both optional. */
public record TalentPersonal(String email, LocalDate dateOfBirth) {}
