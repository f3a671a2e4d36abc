/** Partner institutions: universities, institutes, companies and governments the office works with. */
package org.openintl.partnership.partner;
