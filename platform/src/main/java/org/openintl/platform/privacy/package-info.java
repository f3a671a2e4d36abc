/**
 * Encryption at rest of personal data (passport and document numbers, dates of birth, contact): AES-GCM with the JDK,
 * keys from the deployment under the service's own prefix ({@code intl.privacy.encryption-prefix}, never from a file
 * in the repository), each value tagged with the id of the key that sealed it so keys can be rotated (ADR 0100, 0480,
 * 0670). Blind indexes let a service find a record by a personal value without storing it readable.
 */
package org.openintl.platform.privacy;
