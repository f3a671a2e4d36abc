/**
 * Encryption at rest of the faculty service's personal data (passport and document numbers, dates of birth, staff
 * ids): AES-GCM with the JDK, keys from the deployment ({@code intl.faculty.encryption.*}, never from a file in the
 * repository), each value tagged with the id of the key that sealed it so keys can be rotated. The same scheme as
 * student-service's (ADR 0100, 0480), with keys of its own (ADR 0620).
 */
package org.openintl.faculty.privacy;
