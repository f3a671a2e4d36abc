/** The day as the office reckons it: today in the university's time zone. */
package org.openintl.faculty.calendar;
