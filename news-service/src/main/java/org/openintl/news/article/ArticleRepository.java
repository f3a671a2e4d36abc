package org.openintl.news.article;

import static com.mongodb.client.model.Filters.all;
import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.empty;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonValue;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.conversions.Bson;
import org.openintl.news.search.Relevance;
import org.openintl.news.search.SearchQuery;
import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.ChangeRecord;
import org.openintl.platform.aggregate.Versioned;
import org.openintl.platform.web.PageRequest;
import org.openintl.platform.web.PageResult;
import org.springframework.stereotype.Repository;

/**
 * Articles in MongoDB (collection {@code articles}): writes go through the platform's {@link AggregateStore} (state,
 * version and outbox in one document), stored with their search terms ({@link StoredArticle}); the queries of the API
 * are built here, so no other class knows the document layout. Lists never load bodies or the full term list; search
 * filters on the terms in the database and ranks the candidates here.
 */
@Repository
public class ArticleRepository {

    static final String ARTICLE = "state.article.";
    static final String CONTENT = ARTICLE + "content.";
    static final String RECENCY = "state.recency";
    static final String TERMS = "state.search.all";

    private final AggregateStore<StoredArticle> aggregates;
    private final MongoCollection<BsonDocument> documents;
    private final Codec<StoredArticle> codec;
    private final int maxCandidates;

    ArticleRepository(AggregateStore<StoredArticle> aggregates, ArticleProperties properties) {
        this.aggregates = aggregates;
        this.documents = aggregates.documents();
        this.codec = documents.getCodecRegistry().get(StoredArticle.class);
        this.maxCandidates = properties.searchCandidates();
        documents.createIndex(Indexes.ascending(ARTICLE + "status"));
        documents.createIndex(Indexes.descending(RECENCY));
        documents.createIndex(Indexes.ascending(TERMS));
        for (Language l : Language.values()) {
            documents.createIndex(Indexes.ascending(slugField(l)));
        }
    }

    public Versioned<Article> create(Change<Article> change, String fingerprint) {
        return unwrap(aggregates.create(change.state().id(), stored(change), fingerprint));
    }

    /** Reads, applies the command and writes with the version guard; an unchanged outcome writes nothing. */
    public Versioned<Article> modify(UUID id, Long ifMatch, Function<Versioned<Article>, Change<Article>> command) {
        return unwrap(aggregates.modify(id, ifMatch, current -> stored(command.apply(unwrap(current)))));
    }

    public List<ChangeRecord> changes(UUID id) {
        return aggregates.changes(id);
    }

    public Optional<Versioned<Article>> find(UUID id) {
        return aggregates.find(id).map(ArticleRepository::unwrap);
    }

    public Versioned<Article> get(UUID id) {
        return unwrap(aggregates.get(id));
    }

    /** The other article that already uses this slug in this language, if any. */
    public Optional<UUID> slugOwner(Language language, String slug, UUID except) {
        BsonDocument doc = documents
                .find(and(eq(slugField(language), slug), ne("_id", except)))
                .projection(Projections.include("_id"))
                .first();
        return Optional.ofNullable(doc).map(d -> d.getBinary("_id").asUuid());
    }

    public PageResult<ListedArticle> list(ArticleQuery query, PageRequest page) {
        Bson filter = filter(query);
        if (query.search() == null) {
            List<ListedArticle> items = new ArrayList<>();
            documents
                    .find(filter)
                    .projection(listing())
                    .sort(Sorts.orderBy(Sorts.descending(RECENCY), Sorts.ascending("_id")))
                    .skip(page.skip())
                    .limit(page.size())
                    .forEach(d -> items.add(new ListedArticle(decode(d), null)));
            return PageResult.of(items, page, documents.countDocuments(filter));
        }
        SearchQuery search = query.search();
        List<Relevance.Scored<Versioned<Article>>> matches = new ArrayList<>();
        // the newest candidates are ranked; a query matching more than maxCandidates articles is too vague to rank all
        documents
                .find(filter)
                .projection(listing())
                .sort(Sorts.descending(RECENCY))
                .limit(maxCandidates)
                .forEach(d -> {
                    Versioned<Article> v = decode(d);
                    BsonDocument index = d.getDocument("state").getDocument("search", new BsonDocument());
                    int score = Relevance.score(search, strings(index, "title"), strings(index, "summary"));
                    matches.add(new Relevance.Scored<>(v, score, v.state().recency()));
                });
        long total = matches.size() < maxCandidates ? matches.size() : documents.countDocuments(filter);
        List<ListedArticle> items = Relevance.rank(matches).stream()
                .skip(page.skip())
                .limit(page.size())
                .map(s -> new ListedArticle(s.item(), s.score()))
                .toList();
        return PageResult.of(items, page, total);
    }

    /** Published articles readable in the language, newest publication first, with their bodies. */
    public List<Article> latestPublished(Language language, Theme theme, int limit) {
        List<Bson> filters = new ArrayList<>(List.of(
                eq(ARTICLE + "status", ArticleStatus.PUBLISHED.name()),
                eq(ARTICLE + "publishedLanguages", language.name())));
        if (theme != null) {
            filters.add(eq(CONTENT + "themes", theme.name()));
        }
        List<Article> result = new ArrayList<>();
        documents
                .find(and(filters))
                .projection(Projections.exclude("outbox", TERMS))
                .sort(Sorts.orderBy(Sorts.descending(ARTICLE + "publishedAt"), Sorts.ascending("_id")))
                .limit(limit)
                .forEach(d -> result.add(decode(d).state()));
        return result;
    }

    /** The countable facts of every article (a university publishes thousands, not millions). */
    public List<ArticleFacts> facts() {
        List<ArticleFacts> result = new ArrayList<>();
        documents
                .find()
                .projection(Projections.include(
                        ARTICLE + "status",
                        CONTENT + "category",
                        CONTENT + "themes",
                        ARTICLE + "publishedLanguages",
                        ARTICLE + "generated.reason",
                        ARTICLE + "createdAt",
                        ARTICLE + "publishedAt"))
                .forEach(d -> result.add(facts(d.getDocument("state").getDocument("article"))));
        return result;
    }

    public long count() {
        return documents.countDocuments(empty());
    }

    private static ArticleFacts facts(BsonDocument a) {
        BsonDocument content = a.getDocument("content", new BsonDocument());
        BsonDocument generated = a.isDocument("generated") ? a.getDocument("generated") : null;
        return new ArticleFacts(
                ArticleStatus.valueOf(a.getString("status").getValue()),
                content.isString("category")
                        ? Category.valueOf(content.getString("category").getValue())
                        : null,
                strings(content, "themes").stream().map(Theme::valueOf).toList(),
                strings(a, "publishedLanguages").stream().map(Language::valueOf).toList(),
                generated != null && generated.isString("reason")
                        ? Generation.Reason.valueOf(
                                generated.getString("reason").getValue())
                        : null,
                instant(a, "createdAt"),
                instant(a, "publishedAt"));
    }

    private static Bson filter(ArticleQuery q) {
        List<Bson> filters = new ArrayList<>();
        if (q.status() != null) {
            filters.add(eq(ARTICLE + "status", q.status().name()));
        }
        if (q.category() != null) {
            filters.add(eq(CONTENT + "category", q.category().name()));
        }
        if (q.theme() != null) {
            filters.add(eq(CONTENT + "themes", q.theme().name()));
        }
        if (q.language() != null) {
            filters.add(eq(CONTENT + "translations." + q.language() + ".status", TranslationStatus.READY.name()));
        }
        if (q.partnershipId() != null) {
            filters.add(eq(CONTENT + "partnershipIds", q.partnershipId()));
        }
        if (q.from() != null) {
            filters.add(gte(CONTENT + "eventDate", q.from()));
        }
        if (q.to() != null) {
            filters.add(lte(CONTENT + "eventDate", q.to()));
        }
        if (q.generated() != null) {
            filters.add(q.generated() ? ne(ARTICLE + "generated", null) : eq(ARTICLE + "generated", null));
        }
        if (q.search() != null) {
            filters.add(all(TERMS, q.search().terms()));
        }
        return filters.isEmpty() ? empty() : and(filters);
    }

    /** Everything but the outbox, the bodies and the full term list. */
    private static Bson listing() {
        List<String> excluded = new ArrayList<>(List.of("outbox", TERMS));
        for (Language l : Language.values()) {
            excluded.add(CONTENT + "translations." + l + ".body");
        }
        return Projections.exclude(excluded);
    }

    private Versioned<Article> decode(BsonDocument doc) {
        StoredArticle stored = codec.decode(
                new BsonDocumentReader(doc.getDocument("state")),
                DecoderContext.builder().build());
        return new Versioned<>(
                doc.getBinary("_id").asUuid(),
                stored.article(),
                doc.getNumber("version").longValue());
    }

    private static Change<StoredArticle> stored(Change<Article> change) {
        return new Change<>(StoredArticle.of(change.state()), change.events(), change.changed());
    }

    private static Versioned<Article> unwrap(Versioned<StoredArticle> v) {
        return new Versioned<>(v.id(), v.state().article(), v.version());
    }

    private static String slugField(Language l) {
        return CONTENT + "translations." + l + ".slug";
    }

    private static List<String> strings(BsonDocument doc, String field) {
        if (!doc.isArray(field)) {
            return List.of();
        }
        return doc.getArray(field).stream()
                .filter(BsonValue::isString)
                .map(v -> v.asString().getValue())
                .toList();
    }

    private static Instant instant(BsonDocument doc, String field) {
        return doc.isDateTime(field)
                ? Instant.ofEpochMilli(doc.getDateTime(field).getValue())
                : null;
    }
}
