/**
 * Encryption at rest of personal data (passport and document numbers, date of birth, contact): AES-GCM with the JDK,
 * keys from configuration, each value tagged with the id of the key that sealed it so keys can be rotated.
 */
package org.openintl.student.privacy;
