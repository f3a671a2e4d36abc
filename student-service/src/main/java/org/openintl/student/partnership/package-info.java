/**
 * The local projection of partnership-service's partnerships, built from {@code intl.partnerships.v1} with the
 * sequence rule, and the question the student service asks it: may a student refer to this partnership?
 */
package org.openintl.student.partnership;
