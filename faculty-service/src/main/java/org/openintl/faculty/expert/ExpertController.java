package org.openintl.faculty.expert;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.openintl.faculty.audit.AuditLog;
import org.openintl.faculty.document.DocumentType;
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

/** {@code /api/experts}: register, read, list, edit, move through the lifecycle, file documents. */
@RestController
@RequestMapping("/api/experts")
class ExpertController {

    private final ExpertService service;
    private final AuditLog audit;

    ExpertController(ExpertService service, AuditLog audit) {
        this.service = service;
        this.audit = audit;
    }

    @PostMapping
    ResponseEntity<ExpertView> create(
            @Valid @RequestBody ExpertForm form,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Versioned<Expert> created = service.register(form, idempotencyKey);
        return ResponseEntity.created(URI.create("/api/experts/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(audited("expert.write", service.view(created.state())));
    }

    @GetMapping("/{id}")
    ResponseEntity<ExpertView> get(@PathVariable UUID id) {
        Versioned<Expert> v = service.get(id);
        return ResponseEntity.ok().eTag(ETags.of(v.version())).body(audited("expert.read", service.view(v.state())));
    }

    @GetMapping
    PageResult<ExpertView> list(
            ExpertFilter filter,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageResult<Versioned<Expert>> result = service.page(filter, PageRequest.of(page, size));
        List<ExpertView> views =
                result.items().stream().map(v -> service.view(v.state())).toList();
        audit.shown(
                "expert.list",
                views.stream()
                        .filter(ExpertView::showsPersonalData)
                        .map(ExpertView::id)
                        .toList());
        return new PageResult<>(views, result.page(), result.size(), result.total());
    }

    @PutMapping("/{id}")
    ResponseEntity<ExpertView> replace(
            @PathVariable UUID id,
            @Valid @RequestBody ExpertForm form,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        // a replacement of everything the office edits would silently undo a colleague's change: If-Match required
        return answer(service.revise(id, ETags.requireIfMatch(ifMatch), form));
    }

    @PostMapping("/{id}/transitions")
    ResponseEntity<ExpertView> transition(
            @PathVariable UUID id,
            @Valid @RequestBody TransitionRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(service.transition(id, ETags.parseIfMatch(ifMatch), request));
    }

    @PutMapping("/{id}/documents/{type}")
    ResponseEntity<ExpertView> fileDocument(
            @PathVariable UUID id,
            @PathVariable DocumentType type,
            @RequestBody DocumentRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(service.file(id, ETags.parseIfMatch(ifMatch), request.facts(type)));
    }

    /** The answer to a change shows the expert as a read would: recorded the same way. */
    private ResponseEntity<ExpertView> answer(Versioned<Expert> v) {
        return ResponseEntity.ok().eTag(ETags.of(v.version())).body(audited("expert.write", service.view(v.state())));
    }

    private ExpertView audited(String action, ExpertView view) {
        if (view.showsPersonalData()) {
            audit.shown(action, List.of(view.id()));
        }
        return view;
    }
}
