package org.openintl.student.student;

/** What a student studies for; degree students are counted apart from the rest in the reports. */
public enum Category {
    BACHELOR(true),
    MASTER(true),
    DOCTORAL(true),
    NON_DEGREE(false),
    LANGUAGE(false),
    EXCHANGE(false),
    SHORT_TERM(false),
    VISITING_SCHOLAR(false);

    private final boolean degree;

    Category(boolean degree) {
        this.degree = degree;
    }

    public boolean isDegree() {
        return degree;
    }
}
