package org.openintl.faculty.trip;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.openintl.faculty.audit.AuditLog;
import org.openintl.platform.aggregate.Versioned;
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

/** {@code /api/staff-trips}: record, approve, follow and close staff trips abroad. */
@RestController
@RequestMapping("/api/staff-trips")
class TripController {

    private final TripService service;
    private final AuditLog audit;

    TripController(TripService service, AuditLog audit) {
        this.service = service;
        this.audit = audit;
    }

    @PostMapping
    ResponseEntity<TripView> create(
            @Valid @RequestBody TripForm form,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Versioned<StaffTrip> created = service.draft(form, idempotencyKey);
        return ResponseEntity.created(URI.create("/api/staff-trips/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(audited("staff-trip.write", service.view(created.state())));
    }

    @GetMapping("/{id}")
    ResponseEntity<TripView> get(@PathVariable UUID id) {
        Versioned<StaffTrip> v = service.get(id);
        return ResponseEntity.ok()
                .eTag(ETags.of(v.version()))
                .body(audited("staff-trip.read", service.view(v.state())));
    }

    @GetMapping
    PageResult<TripView> list(
            TripFilter filter,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageResult<Versioned<StaffTrip>> result = service.page(filter, PageRequest.of(page, size));
        List<TripView> views =
                result.items().stream().map(v -> service.view(v.state())).toList();
        audit.shown(
                "staff-trip.list",
                views.stream()
                        .filter(TripView::showsPersonalData)
                        .map(TripView::id)
                        .toList());
        return new PageResult<>(views, result.page(), result.size(), result.total());
    }

    @PutMapping("/{id}")
    ResponseEntity<TripView> replace(
            @PathVariable UUID id,
            @Valid @RequestBody TripForm form,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(service.revise(id, ETags.requireIfMatch(ifMatch), form));
    }

    @PostMapping("/{id}/transitions")
    ResponseEntity<TripView> transition(
            @PathVariable UUID id,
            @Valid @RequestBody TripTransitionRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(service.transition(id, ETags.parseIfMatch(ifMatch), request));
    }

    private ResponseEntity<TripView> answer(Versioned<StaffTrip> v) {
        return ResponseEntity.ok()
                .eTag(ETags.of(v.version()))
                .body(audited("staff-trip.write", service.view(v.state())));
    }

    private TripView audited(String action, TripView view) {
        if (view.showsPersonalData()) {
            audit.shown(action, List.of(view.id()));
        }
        return view;
    }
}
