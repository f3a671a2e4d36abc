package org.openintl.archbad.a;

import org.openintl.archbad.b.Other;

/** Breaks the rules on purpose: feature {@code a} uses {@code b}, which uses {@code a}. */
public class Cyclic {
    Other other;
}
