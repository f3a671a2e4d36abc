package org.openintl.faculty.talent;

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

/** {@code /api/talent}: the recruitment pipeline of high-end overseas talent. */
@RestController
@RequestMapping("/api/talent")
class TalentController {

    private final TalentService service;
    private final AuditLog audit;

    TalentController(TalentService service, AuditLog audit) {
        this.service = service;
        this.audit = audit;
    }

    @PostMapping
    ResponseEntity<TalentView> create(
            @Valid @RequestBody TalentForm form,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Versioned<Talent> created = service.identify(form, idempotencyKey);
        return ResponseEntity.created(URI.create("/api/talent/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(audited("talent.write", service.view(created.state())));
    }

    @GetMapping("/{id}")
    ResponseEntity<TalentView> get(@PathVariable UUID id) {
        Versioned<Talent> v = service.get(id);
        return ResponseEntity.ok().eTag(ETags.of(v.version())).body(audited("talent.read", service.view(v.state())));
    }

    @GetMapping
    PageResult<TalentView> list(
            TalentFilter filter,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageResult<Versioned<Talent>> result = service.page(filter, PageRequest.of(page, size));
        List<TalentView> views =
                result.items().stream().map(v -> service.view(v.state())).toList();
        audit.shown(
                "talent.list",
                views.stream()
                        .filter(TalentView::showsPersonalData)
                        .map(TalentView::id)
                        .toList());
        return new PageResult<>(views, result.page(), result.size(), result.total());
    }

    @PutMapping("/{id}")
    ResponseEntity<TalentView> replace(
            @PathVariable UUID id,
            @Valid @RequestBody TalentForm form,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(service.revise(id, ETags.requireIfMatch(ifMatch), form));
    }

    @PostMapping("/{id}/transitions")
    ResponseEntity<TalentView> transition(
            @PathVariable UUID id,
            @Valid @RequestBody TalentTransitionRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(service.transition(id, ETags.parseIfMatch(ifMatch), request));
    }

    private ResponseEntity<TalentView> answer(Versioned<Talent> v) {
        return ResponseEntity.ok().eTag(ETags.of(v.version())).body(audited("talent.write", service.view(v.state())));
    }

    private TalentView audited(String action, TalentView view) {
        if (view.showsPersonalData()) {
            audit.shown(action, List.of(view.id()));
        }
        return view;
    }
}
