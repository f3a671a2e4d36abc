/** Students enrolled under each partnership, projected from the student service's events (no personal data). */
package org.openintl.partnership.student;
