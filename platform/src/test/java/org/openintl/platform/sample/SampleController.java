package org.openintl.platform.sample;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bson.conversions.Bson;
import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.IdempotencyKeys;
import org.openintl.platform.aggregate.PendingEvent;
import org.openintl.platform.aggregate.Versioned;
import org.openintl.platform.domain.MultilingualText;
import org.openintl.platform.domain.UnknownReferenceException;
import org.openintl.platform.security.CurrentUser;
import org.openintl.platform.web.ETags;
import org.openintl.platform.web.PageRequest;
import org.openintl.platform.web.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/samples")
class SampleController {

    private final AggregateStore<Sample> samples;

    SampleController(AggregateStore<Sample> samples) {
        this.samples = samples;
    }

    record CreateSample(
            @NotNull @Valid MultilingualText title, @NotNull LocalDate startDate, List<String> tags) {}

    record Transition(@NotNull Sample.Status to) {}

    @PostMapping
    ResponseEntity<Sample> create(
            @Valid @RequestBody CreateSample request,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        if (request.tags() != null && request.tags().contains("unknown")) {
            throw new UnknownReferenceException("tags", "tag 'unknown' does not exist");
        }
        UUID id = IdempotencyKeys.aggregateId("samples", key);
        Sample sample = new Sample(id, request.title(), Sample.Status.DRAFT, request.startDate(), request.tags());
        Versioned<Sample> created = samples.create(
                id,
                Change.of(sample, new PendingEvent("intl.sample.created.v1", SampleEvent.of(sample))),
                IdempotencyKeys.fingerprint(key, request.toString()));
        return ResponseEntity.created(URI.create("/samples/" + id))
                .eTag(ETags.of(created.version()))
                .body(created.state());
    }

    /** A list as the services have them: a text filter that reaches the database, bounded pages. */
    @GetMapping
    PageResult<Sample> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Sample.Status status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageRequest request = PageRequest.of(page, size);
        List<Bson> conditions = new ArrayList<>();
        conditions.add(Filters.exists("_id"));
        if (q != null) {
            conditions.add(Filters.regex("state.title.en", Pattern.quote(q), "i"));
        }
        if (status != null) {
            conditions.add(Filters.eq("state.status", status.name()));
        }
        Bson filter = Filters.and(conditions);
        var items = samples.find(filter, Sorts.ascending("_id"), request.skip(), request.size());
        return PageResult.of(items.stream().map(Versioned::state).toList(), request, samples.count(filter));
    }

    /** Who the platform says is calling, as a controller sees it. */
    @GetMapping("/caller")
    CurrentUser caller(CurrentUser user) {
        return user;
    }

    /** Stands for a lookup that finds MongoDB out of reach: the driver's own exception, wrapped as callers do. */
    @GetMapping("/database-unreachable")
    Sample databaseUnreachable() {
        throw new IllegalStateException(
                "lookup failed", new com.mongodb.MongoTimeoutException("Timed out while waiting for a server"));
    }

    @GetMapping("/{id}")
    ResponseEntity<Sample> get(@PathVariable UUID id) {
        Versioned<Sample> v = samples.get(id);
        return ResponseEntity.ok().eTag(ETags.of(v.version())).body(v.state());
    }

    @PostMapping("/{id}/transitions")
    ResponseEntity<Sample> transition(
            @PathVariable UUID id,
            @Valid @RequestBody Transition request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Versioned<Sample> v = samples.modify(id, ETags.parseIfMatch(ifMatch), current -> {
            Sample next = current.state().moveTo(request.to());
            return Change.of(next, new PendingEvent("intl.sample.done.v1", SampleEvent.of(next)));
        });
        return ResponseEntity.ok().eTag(ETags.of(v.version())).body(v.state());
    }
}
