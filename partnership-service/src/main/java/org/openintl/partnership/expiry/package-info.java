/** Deadlines of partnerships (end dates, MOE approvals, evaluations) and the warnings they raise, exactly once. */
package org.openintl.partnership.expiry;
