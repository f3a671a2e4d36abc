/**
 * Immigration documents of international students and the deadlines they create (expiry warnings, X1 visa to
 * residence permit, accommodation registration), with the windows in which each deadline is announced exactly once.
 * Plain Java: the rules take today's date as an argument so that tests control time.
 */
package org.openintl.student.document;
