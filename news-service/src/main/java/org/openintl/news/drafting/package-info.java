/**
 * Drafts the service writes itself from events, for an editor to complete: one per partnership signing and one for the
 * first student of each nationality to enroll. Each occasion yields exactly one draft, whatever is redelivered.
 */
package org.openintl.news.drafting;
