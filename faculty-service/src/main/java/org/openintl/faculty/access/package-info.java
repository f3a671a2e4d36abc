/** Who sees what of the faculty service's records: the personal fields only for ADMIN and FACULTY_OFFICER. */
package org.openintl.faculty.access;
