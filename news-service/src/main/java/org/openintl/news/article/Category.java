package org.openintl.news.article;

/** What kind of news an article is. */
public enum Category {
    MEETING,
    VISIT_INBOUND,
    VISIT_OUTBOUND,
    SIGNING,
    CONFERENCE,
    STUDENT_LIFE,
    RESEARCH,
    ANNOUNCEMENT
}
