/**
 * Work the passing of time starts: the experts' deadline scan and alert list, and the scan raising staff trips'
 * overdue reports. Each publishes what became due exactly once, whichever instance notices it first (ADR 0581).
 */
package org.openintl.faculty.alert;
