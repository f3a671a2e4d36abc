/** The scheduled and start-up scan that applies partnership deadlines (the rules live with the partnership). */
package org.openintl.partnership.expiry;
