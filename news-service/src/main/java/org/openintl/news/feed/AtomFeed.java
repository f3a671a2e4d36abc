package org.openintl.news.feed;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom 1.0 feed (RFC 4287) and its XML. Texts are written as {@code type="text"}, so the StAX writer escapes them
 * and a title such as {@code <script>alert(1)</script> & more} reaches readers as text, never as markup. Characters
 * that XML 1.0 cannot carry at all (control characters) are dropped.
 */
public record AtomFeed(
        String id,
        String title,
        String language,
        URI self,
        URI alternate,
        String author,
        Instant updated,
        List<Entry> entries) {

    public static final String NAMESPACE = "http://www.w3.org/2005/Atom";

    public AtomFeed {
        entries = List.copyOf(entries);
    }

    /**
     * One article in one language.
     *
     * @param content the Markdown body, sent as text; {@code null} when the article has none
     * @param categories category and theme names, each with its scheme
     */
    public record Entry(
            String id,
            String title,
            String summary,
            String content,
            URI link,
            Instant published,
            Instant updated,
            List<Category> categories) {

        public Entry {
            categories = List.copyOf(categories);
        }
    }

    /** An Atom category; {@code label} is the human-readable name, when there is one. */
    public record Category(String scheme, String term, String label) {}

    public byte[] toXml() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out);
        return out.toByteArray();
    }

    public String toXmlString() {
        return new String(toXml(), StandardCharsets.UTF_8);
    }

    public void write(OutputStream out) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.setDefaultNamespace(NAMESPACE);
            w.writeStartElement(NAMESPACE, "feed");
            w.writeDefaultNamespace(NAMESPACE);
            w.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language);
            element(w, "id", id);
            text(w, "title", title);
            element(w, "updated", time(updated));
            link(w, "self", self, "application/atom+xml");
            link(w, "alternate", alternate, "text/html");
            w.writeStartElement(NAMESPACE, "author");
            element(w, "name", author);
            w.writeEndElement();
            for (Entry e : entries) {
                entry(w, e);
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the Atom feed", e);
        }
    }

    private static void entry(XMLStreamWriter w, Entry e) throws XMLStreamException {
        w.writeStartElement(NAMESPACE, "entry");
        element(w, "id", e.id());
        text(w, "title", e.title());
        element(w, "updated", time(e.updated()));
        if (e.published() != null) {
            element(w, "published", time(e.published()));
        }
        link(w, "alternate", e.link(), "text/html");
        for (Category c : e.categories()) {
            w.writeEmptyElement(NAMESPACE, "category");
            w.writeAttribute("scheme", c.scheme());
            w.writeAttribute("term", c.term());
            if (c.label() != null) {
                w.writeAttribute("label", xmlSafe(c.label()));
            }
        }
        if (e.summary() != null) {
            text(w, "summary", e.summary());
        }
        if (e.content() != null) {
            text(w, "content", e.content());
        }
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, URI href, String type) throws XMLStreamException {
        if (href == null) {
            return;
        }
        w.writeEmptyElement(NAMESPACE, "link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("type", type);
        w.writeAttribute("href", xmlSafe(href.toASCIIString()));
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(NAMESPACE, name);
        w.writeAttribute("type", "text");
        w.writeCharacters(xmlSafe(value));
        w.writeEndElement();
    }

    private static void element(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(NAMESPACE, name);
        w.writeCharacters(xmlSafe(value));
        w.writeEndElement();
    }

    private static String time(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Drops what XML 1.0 forbids (most C0 controls, unpaired surrogates, U+FFFE/U+FFFF). */
    static String xmlSafe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean allowed = cp == 0x9
                    || cp == 0xA
                    || cp == 0xD
                    || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD)
                    || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!allowed && sb == null) {
                sb = new StringBuilder(s.substring(0, i));
            }
            if (allowed && sb != null) {
                sb.appendCodePoint(cp);
            }
            i += n;
        }
        return sb == null ? s : sb.toString();
    }
}
