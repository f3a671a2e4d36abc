package org.openintl.news.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.openintl.news.article.Article;
import org.openintl.news.article.ArticleContent;
import org.openintl.news.article.ArticleStatus;
import org.openintl.news.article.Category;
import org.openintl.news.article.ContentLimits;
import org.openintl.news.article.Language;
import org.openintl.news.article.Theme;
import org.openintl.news.article.Translation;
import org.openintl.news.article.TranslationStatus;
import org.openintl.news.article.Translations;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AtomFeedUnitTest {

    private static final String ATOM = AtomFeed.NAMESPACE;
    private static final Instant T0 = Instant.parse("2019-05-30T02:00:00Z");
    private static final String NASTY = "Visit <script>alert('x')</script> & \"talks\" ]]> \u0001done";

    private final FeedProperties properties = new FeedProperties(
            "https://intl.example.edu",
            "/{lang}/news/{slug}",
            "/{lang}/news",
            30,
            new FeedProperties.Title("新闻", "News", "소식"),
            new FeedProperties.Author("国际处", "International Office", "국제처"));
    private final ArticleFeeds feeds = new ArticleFeeds(properties);

    private static Article published(String enTitle, String zhTitle, TranslationStatus zhStatus, Instant at) {
        var limits = ContentLimits.DEFAULT;
        var content = new ArticleContent(
                new Translations(
                        Translation.of(Language.zh, zhTitle, "摘要", "正文", zhStatus, null, limits),
                        Translation.of(Language.en, enTitle, "A & B", "**Markdown** <i>body</i>", null, null, limits),
                        null),
                Category.VISIT_INBOUND,
                List.of(Theme.RESEARCH_COOPERATION),
                null,
                null,
                null,
                null,
                null,
                null);
        return Article.draft(UUID.randomUUID(), content, null, at)
                .moveTo(ArticleStatus.IN_REVIEW, null, at)
                .moveTo(ArticleStatus.PUBLISHED, null, at.plusSeconds(60));
    }

    private static Document parse(byte[] xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && ATOM.equals(n.getNamespaceURI()) && name.equals(n.getLocalName())) {
                result.add((Element) n);
            }
        }
        return result;
    }

    private static String text(Element parent, String name) {
        List<Element> c = children(parent, name);
        assertThat(c)
                .as("exactly one <%s> in <%s>", name, parent.getLocalName())
                .hasSize(1);
        return c.get(0).getTextContent();
    }

    @Test
    void writesAValidAtomFeedWithEveryRequiredElement() throws Exception {
        Article a = published("Delegation visits", "代表团来访", null, T0);
        Article b = published("Second visit", "第二次来访", null, T0.plusSeconds(3600));
        AtomFeed feed = feeds.feed(
                Language.en, null, URI.create("https://api.example.edu/api/news/feed.atom?lang=en"), List.of(b, a));

        Document doc = parse(feed.toXml());
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))
                .isEqualTo("en");
        assertThat(text(root, "id")).startsWith("urn:uuid:");
        assertThat(text(root, "title")).isEqualTo("News");
        assertThat(Instant.parse(text(root, "updated"))).isEqualTo(T0.plusSeconds(3660));
        assertThat(text(children(root, "author").get(0), "name")).isEqualTo("International Office");
        assertThat(children(root, "link"))
                .extracting(l -> l.getAttribute("rel"))
                .containsExactly("self", "alternate");

        List<Element> entries = children(root, "entry");
        assertThat(entries).hasSize(2);
        for (Element e : entries) {
            assertThat(text(e, "id")).startsWith("urn:uuid:");
            assertThat(text(e, "title")).isNotBlank();
            assertThat(Instant.parse(text(e, "updated"))).isNotNull();
            assertThat(children(e, "link").get(0).getAttribute("href")).startsWith("https://intl.example.edu/en/news/");
        }
        assertThat(text(entries.get(0), "title")).isEqualTo("Second visit");
        assertThat(text(entries.get(0), "content")).isEqualTo("**Markdown** <i>body</i>");
        assertThat(children(entries.get(0), "category"))
                .extracting(c -> c.getAttribute("term"))
                .containsExactly("VISIT_INBOUND", "RESEARCH_COOPERATION");
    }

    @Test
    void escapesMarkupAndAmpersandsAndDropsCharactersXmlCannotCarry() throws Exception {
        Article a = published(NASTY, "标题", null, T0);
        byte[] xml = feeds.feed(Language.en, null, null, List.of(a)).toXml();
        String raw = new String(xml, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(raw)
                .doesNotContain("<script>")
                .doesNotContain("<i>")
                .contains("&lt;script&gt;")
                .contains("&amp;");

        Element entry = children(parse(xml).getDocumentElement(), "entry").get(0);
        assertThat(text(entry, "title")).isEqualTo("Visit <script>alert('x')</script> & \"talks\" ]]> done");
        assertThat(text(entry, "summary")).isEqualTo("A & B");
    }

    @Test
    void keepsIdsStableAcrossEditsAndDistinctAcrossLanguages() throws Exception {
        Article a = published("Visit", "来访", null, T0);
        String en = text(
                children(
                                parse(feeds.feed(Language.en, null, null, List.of(a))
                                                .toXml())
                                        .getDocumentElement(),
                                "entry")
                        .get(0),
                "id");
        String enAgain = text(
                children(
                                parse(feeds.feed(Language.en, null, null, List.of(a))
                                                .toXml())
                                        .getDocumentElement(),
                                "entry")
                        .get(0),
                "id");
        String zh = text(
                children(
                                parse(feeds.feed(Language.zh, null, null, List.of(a))
                                                .toXml())
                                        .getDocumentElement(),
                                "entry")
                        .get(0),
                "id");
        assertThat(en).isEqualTo(enAgain).isNotEqualTo(zh);
    }

    @Test
    void leavesOutLanguagesThatAreNotPublished() throws Exception {
        Article a = published("Visit", "来访", TranslationStatus.DRAFT, T0);
        Document doc = parse(feeds.feed(Language.zh, Theme.RESEARCH_COOPERATION, null, List.of(a))
                .toXml());
        assertThat(children(doc.getDocumentElement(), "entry")).isEmpty();
        assertThat(text(doc.getDocumentElement(), "title")).isEqualTo("新闻 · 国际科研合作");
        assertThat(text(doc.getDocumentElement(), "updated")).isEqualTo("1970-01-01T00:00:00Z");
    }

    @Test
    void encodesNonAsciiSlugsInLinks() throws Exception {
        Article a = published("Visit", "代表团来访", null, T0);
        Element entry = children(
                        parse(feeds.feed(Language.zh, null, null, List.of(a)).toXml())
                                .getDocumentElement(),
                        "entry")
                .get(0);
        String href = children(entry, "link").get(0).getAttribute("href");
        assertThat(href).startsWith("https://intl.example.edu/zh/news/%E4%BB%A3");
        assertThat(URI.create(href)).isNotNull();
    }
}
