package org.openintl.archbad.b;

/** A repository that a controller calls directly (a rule broken by {@link ThingController}). */
public class ThingRepository {}
