package org.openintl.news.article;

import static org.openintl.news.article.ArticleRepository.ARTICLE;
import static org.openintl.news.article.ArticleRepository.CONTENT;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.List;
import org.openintl.platform.aggregate.AggregateStore;
import org.springframework.stereotype.Repository;

/**
 * An index for every filter and sort of the article lists and the feed that {@link ArticleRepository} does not create
 * itself, created at start-up. MongoDB uses them to answer a list without reading every article; the local stack's
 * embedded server answers the lists from the indexed fields it keeps in its heap (docs/embedded-database.md).
 */
@Repository
class ArticleIndexRepository {

    ArticleIndexRepository(AggregateStore<StoredArticle> articles) {
        List<IndexModel> indexes = new ArrayList<>(List.of(
                new IndexModel(Indexes.ascending(CONTENT + "category")),
                new IndexModel(Indexes.ascending(CONTENT + "themes")),
                new IndexModel(Indexes.ascending(CONTENT + "partnershipIds")),
                new IndexModel(Indexes.ascending(CONTENT + "eventDate")),
                new IndexModel(Indexes.ascending(ARTICLE + "generated")),
                new IndexModel(Indexes.ascending(ARTICLE + "publishedLanguages")),
                new IndexModel(Indexes.descending(ARTICLE + "publishedAt"))));
        for (Language language : Language.values()) {
            indexes.add(new IndexModel(Indexes.ascending(CONTENT + "translations." + language + ".status")));
        }
        articles.documents().createIndexes(indexes);
    }
}
