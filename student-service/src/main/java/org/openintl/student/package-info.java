/**
 * student-service: international students (来华留学), their immigration deadlines, spreadsheets and privacy. One
 * package per feature; the domain records in them have no Spring, MongoDB or Kafka types (see ArchitectureUnitTest).
 */
package org.openintl.student;
