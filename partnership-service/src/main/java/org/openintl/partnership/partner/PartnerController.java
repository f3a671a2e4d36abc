package org.openintl.partnership.partner;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.openintl.platform.aggregate.Versioned;
import org.openintl.platform.country.Continent;
import org.openintl.platform.web.ETags;
import org.openintl.platform.web.PageRequest;
import org.openintl.platform.web.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/partners")
class PartnerController {

    private final PartnerService service;

    PartnerController(PartnerService service) {
        this.service = service;
    }

    @PostMapping
    ResponseEntity<Partner> register(
            @Valid @RequestBody PartnerRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Versioned<Partner> created = service.register(request, idempotencyKey);
        return ResponseEntity.created(URI.create("/api/partners/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(created.state());
    }

    @GetMapping("/{id}")
    ResponseEntity<Partner> get(@PathVariable UUID id) {
        Versioned<Partner> v = service.get(id);
        return ResponseEntity.ok().eTag(ETags.of(v.version())).body(v.state());
    }

    @PutMapping("/{id}")
    ResponseEntity<Partner> update(
            @PathVariable UUID id,
            @Valid @RequestBody PartnerRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Versioned<Partner> v = service.update(id, ETags.requireIfMatch(ifMatch), request);
        return ResponseEntity.ok().eTag(ETags.of(v.version())).body(v.state());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> archive(
            @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        service.archive(id, ETags.parseIfMatch(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    PageResult<Partner> list(
            @RequestParam(required = false) String country,
            @RequestParam(required = false) Continent continent,
            @RequestParam(required = false) Boolean beltAndRoad,
            @RequestParam(required = false) PartnerType type,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean includeArchived,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var result = service.list(
                new PartnerFilter(country, continent, beltAndRoad, type, q, includeArchived),
                PageRequest.of(page, size));
        return new PageResult<>(
                result.items().stream().map(Versioned::state).toList(), result.page(), result.size(), result.total());
    }
}
