/**
 * The news service: trilingual foreign-affairs articles with an editorial workflow, CJK-aware search, Atom feeds and
 * drafts written from partnership and student events. One package per feature.
 */
package org.openintl.news;
