package org.openintl.news.article;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.openintl.news.search.SearchQuery;
import org.openintl.platform.aggregate.Versioned;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.input.RequestJson;
import org.openintl.platform.web.ETags;
import org.openintl.platform.web.PageRequest;
import org.openintl.platform.web.PageResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/news")
class ArticleController {

    private final ArticleService articles;
    private final ContentLimits limits;
    private final JsonMapper json;
    private final RequestJson requestJson;

    ArticleController(ArticleService articles, ContentLimits limits, JsonMapper json, RequestJson requestJson) {
        this.articles = articles;
        this.requestJson = requestJson;
        this.limits = limits;
        this.json = json;
    }

    @PostMapping
    ResponseEntity<ArticleResponse> create(
            @RequestBody ArticleRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        Versioned<Article> created = articles.create(request, key);
        return ResponseEntity.created(URI.create("/api/news/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(ArticleResponse.of(created));
    }

    @GetMapping("/{id}")
    ResponseEntity<ArticleResponse> get(
            @PathVariable UUID id, @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        Versioned<Article> v = articles.get(id);
        String etag = ETags.of(v.version());
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok().eTag(etag).body(ArticleResponse.of(v));
    }

    /**
     * Replaces the content (as in create); languages not sent become MISSING, slugs not sent are kept. {@code If-Match}
     * is required (428 without): an editor must not overwrite a colleague's change unseen.
     */
    @PutMapping("/{id}")
    ResponseEntity<ArticleResponse> replace(
            @PathVariable UUID id,
            @RequestBody ArticleRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = ETags.requireIfMatch(ifMatch);
        ArticleContent content = request.toContent(limits);
        return ok(articles.edit(id, version, current -> content));
    }

    /** JSON Merge Patch of the content: {@code {"translations": {"ko": {"status": "DRAFT"}}}}. */
    @PatchMapping(
            path = "/{id}",
            consumes = {"application/merge-patch+json", "application/json"})
    ResponseEntity<ArticleResponse> patch(
            @PathVariable UUID id,
            @RequestBody JsonNode patch,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = ETags.requireIfMatch(ifMatch);
        if (!patch.isObject()) {
            throw new InvalidInputException("body", "a merge patch must be a JSON object");
        }
        return ok(articles.edit(id, version, current -> {
            JsonNode merged = MergePatch.apply(json.valueToTree(ArticleRequest.of(current.content())), patch);
            return read(merged).toContent(limits);
        }));
    }

    @PostMapping("/{id}/transitions")
    ResponseEntity<ArticleResponse> transition(
            @PathVariable UUID id,
            @Valid @RequestBody TransitionRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(articles.transition(id, ETags.parseIfMatch(ifMatch), request.to(), request.note()));
    }

    @GetMapping
    PageResult<ArticleResponse> list(
            @RequestParam(required = false) ArticleStatus status,
            @RequestParam(required = false) Category category,
            @RequestParam(required = false) Theme theme,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) UUID partnershipId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Boolean generated,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageRequest pageRequest = PageRequest.of(page, size);
        ArticleQuery query = new ArticleQuery(
                status,
                category,
                theme,
                language == null ? null : Language.parse("language", language),
                partnershipId,
                from,
                to,
                generated,
                q == null ? null : SearchQuery.parse(q));
        PageResult<ListedArticle> result = articles.list(query, pageRequest);
        return new PageResult<>(
                result.items().stream()
                        .map(l -> ArticleResponse.of(l.article(), l.score()))
                        .toList(),
                result.page(),
                result.size(),
                result.total());
    }

    /** The merged tree is read as strictly as a request body: the same refusals, named the same way. */
    private ArticleRequest read(JsonNode merged) {
        return requestJson.read(merged, ArticleRequest.class);
    }

    private static ResponseEntity<ArticleResponse> ok(Versioned<Article> v) {
        return ResponseEntity.ok().eTag(ETags.of(v.version())).body(ArticleResponse.of(v));
    }
}
