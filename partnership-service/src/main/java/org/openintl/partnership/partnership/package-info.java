/** Agreements, cooperative programs, platforms and schools abroad, with their lifecycle. */
package org.openintl.partnership.partnership;
