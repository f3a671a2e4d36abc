/** Key rotation of the sealed personal data: the re-seal pass after start-up (ADR 0100, 0620). */
package org.openintl.faculty.rotation;
