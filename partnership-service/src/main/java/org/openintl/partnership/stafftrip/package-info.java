/**
 * Staff going abroad under each partnership, projected from faculty-service's {@code intl.staff-trip.*} events (no
 * personal data: the events carry no names or staff ids).
 */
package org.openintl.partnership.stafftrip;
