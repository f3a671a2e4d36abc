package org.openintl.news.article;

/** The office's six lines of work, which articles are filed under (and feeds filtered by). */
public enum Theme {
    SINO_FOREIGN_COOPERATION,
    STUDY_IN_CHINA,
    INTERNATIONAL_FACULTY,
    RESEARCH_COOPERATION,
    SCHOOLS_ABROAD,
    TALENT_TRAINING
}
