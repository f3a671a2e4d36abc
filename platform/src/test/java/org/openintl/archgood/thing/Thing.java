package org.openintl.archgood.thing;

/** A plain domain record. */
public record Thing(String name) {

    public Thing rename(String newName) {
        return new Thing(newName);
    }
}
