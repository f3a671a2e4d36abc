/**
 * High-end overseas talent (海外高层次人才引进): the recruitment pipeline per candidate, its events, and the creation of
 * the expert record on arrival (talent -> expert, one way).
 */
package org.openintl.faculty.talent;
