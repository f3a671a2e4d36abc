/**
 * The local projections of partnership-service's partners and partnerships, built from {@code intl.partnerships.v1}
 * with the sequence rule, and the question the faculty service asks them: may a staff trip name this host and this
 * agreement?
 */
package org.openintl.faculty.partnership;
