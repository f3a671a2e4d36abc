package org.openintl.news.article;

/** How far one language of an article is: only READY languages are published. */
public enum TranslationStatus {
    /** No content in this language. */
    MISSING,
    /** An editor marked the translation as not ready yet. */
    DRAFT,
    /** Ready to publish; the default once a language has a title. */
    READY
}
