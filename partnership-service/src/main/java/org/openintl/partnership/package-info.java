/** The office's register of partner institutions and of every agreement, program and platform with them. */
package org.openintl.partnership;
