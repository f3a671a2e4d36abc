package org.openintl.partnership.partnership;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.openintl.platform.web.ETags;
import org.openintl.platform.web.PageRequest;
import org.openintl.platform.web.PageResult;
import org.springframework.http.ResponseEntity;
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
@RequestMapping("/api/partnerships")
class PartnershipController {

    private final PartnershipService service;

    PartnershipController(PartnershipService service) {
        this.service = service;
    }

    @PostMapping
    ResponseEntity<PartnershipView> create(
            @Valid @RequestBody PartnershipRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        PartnershipView created = service.create(request, idempotencyKey);
        return ResponseEntity.created(URI.create("/api/partnerships/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(created);
    }

    @GetMapping("/{id}")
    ResponseEntity<PartnershipView> get(@PathVariable UUID id) {
        PartnershipView view = service.get(id);
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    @PutMapping("/{id}")
    ResponseEntity<PartnershipView> update(
            @PathVariable UUID id,
            @Valid @RequestBody PartnershipRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        PartnershipView view = service.update(id, ETags.requireIfMatch(ifMatch), request);
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    @PostMapping("/{id}/transitions")
    ResponseEntity<PartnershipView> transition(
            @PathVariable UUID id,
            @Valid @RequestBody TransitionRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        PartnershipView view = service.transition(id, ETags.parseIfMatch(ifMatch), request);
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    @GetMapping
    PageResult<PartnershipView> list(
            @RequestParam(required = false) PartnershipStatus status,
            @RequestParam(required = false) PartnershipType type,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) UUID partnerId,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer expiringWithinDays,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return service.list(
                new PartnershipFilter(status, type, country, partnerId, unit, expiringWithinDays, q),
                PageRequest.of(page, size));
    }
}
