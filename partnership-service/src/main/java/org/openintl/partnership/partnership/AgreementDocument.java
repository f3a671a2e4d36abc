package org.openintl.partnership.partnership;

import org.openintl.platform.domain.InvalidInputException;

/** A signed text or annex: where it is (link) or how to recognise it (checksum). */
public record AgreementDocument(String title, String language, String link, String checksum) {

    public AgreementDocument {
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("documents.title", "a document needs a title");
        }
        if ((link == null || link.isBlank()) && (checksum == null || checksum.isBlank())) {
            throw new InvalidInputException("documents", "a document needs a link or a checksum");
        }
        if (link != null && !link.isBlank() && !link.matches("https?://\\S+")) {
            throw new InvalidInputException("documents.link", "'" + link + "' is not an http(s) URL");
        }
    }
}
