package org.openintl.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openintl.platform.aggregate.StateFilters.allOf;
import static org.openintl.platform.aggregate.StateFilters.containsIgnoringCase;
import static org.openintl.platform.aggregate.StateFilters.state;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.Versioned;
import org.openintl.platform.domain.MultilingualText;
import org.openintl.platform.testing.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The store's query port as a repository uses it, against the MongoDB-wire server. */
@ExtendWith(EmbeddedInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QueryPortIntegrationTest {

    @Autowired
    AggregateStore<Sample> samples;

    @Autowired
    MongoDatabase db;

    private List<UUID> createTagged(String marker, int count, String... titles) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var sample = new Sample(
                    UUID.randomUUID(),
                    new MultilingualText(null, titles[i % titles.length], null),
                    Sample.Status.DRAFT,
                    LocalDate.of(2026, 1, 1 + i % 28),
                    List.of(marker));
            samples.create(sample.id(), Change.of(sample));
            ids.add(sample.id());
        }
        return ids;
    }

    @Test
    void forEachVisitsEveryMatchAcrossBatchesInTheSortsOrderOrInAnyOrder() {
        String marker = "each-" + UUID.randomUUID();
        int count = AggregateStore.BATCH + 17;
        List<UUID> created = createTagged(marker, count, "Minsk", "Almaty", "Seoul");
        var filter = Filters.eq(state("tags"), marker);
        var sort = Sorts.ascending(state("title.en"), state("startDate"), "_id");

        List<Object> expected = new ArrayList<>();
        db.getCollection("samples").find(filter).sort(sort).forEach(d -> expected.add(d.get("_id")));
        List<Object> sorted = new ArrayList<>();
        samples.forEach(filter, sort, v -> sorted.add(v.id()));
        assertThat(sorted).hasSize(count).containsExactlyElementsOf(expected);

        List<Versioned<Sample>> unsorted = new ArrayList<>();
        samples.forEach(filter, null, unsorted::add);
        assertThat(unsorted).extracting(Versioned::id).containsExactlyInAnyOrderElementsOf(created);
        assertThat(unsorted).allSatisfy(v -> assertThat(v.version()).isEqualTo(1));

        assertThat(samples.ids(filter)).containsExactlyInAnyOrderElementsOf(created);
        samples.forEach(Filters.eq(state("tags"), "no such tag"), sort, v -> {
            throw new AssertionError("no match expected, got " + v);
        });
    }

    @Test
    void containsIgnoringCaseIsAPlainSubstringSearchOverSeveralFields() {
        String marker = "contains-" + UUID.randomUUID();
        List<UUID> ids = createTagged(marker, 3, "Seoul (a.b) exchange", "axb exchange", "Minsk");
        var tagged = Filters.eq(state("tags"), marker);

        // "(A.B)" has regular-expression metacharacters: it must match only the literal text, in any case
        assertThat(samples.ids(allOf(List.of(tagged, containsIgnoringCase(" (A.B) ", state("title.en"))))))
                .containsExactly(ids.get(0));
        assertThat(samples.ids(
                        allOf(List.of(tagged, containsIgnoringCase("EXCHANGE", state("title.zh"), state("title.en"))))))
                .containsExactlyInAnyOrder(ids.get(0), ids.get(1));
        assertThat(samples.count(allOf(List.of()))).isEqualTo(samples.count(Filters.empty()));
    }
}
