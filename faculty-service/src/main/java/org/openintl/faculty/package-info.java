/**
 * faculty-service: foreign experts (外籍专家) and their documents' deadlines, the recruitment of high-end overseas
 * talent (海外高层次人才引进) and staff going abroad (教师出国研修 and outbound visits). One package per feature; the
 * domain records in them have no Spring, MongoDB or Kafka types (see ArchitectureUnitTest).
 */
package org.openintl.faculty;
