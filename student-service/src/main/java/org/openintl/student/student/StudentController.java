package org.openintl.student.student;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.openintl.platform.aggregate.Versioned;
import org.openintl.platform.web.ETags;
import org.openintl.platform.web.PageRequest;
import org.openintl.platform.web.PageResult;
import org.openintl.student.audit.AuditLog;
import org.openintl.student.document.DocumentType;
import org.springframework.http.MediaType;
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

/** {@code /api/students}: register, read, list, edit, move through the lifecycle, file documents. */
@RestController
@RequestMapping("/api/students")
class StudentController {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final StudentService service;
    private final StudentForms forms;
    private final StudentAccess access;
    private final AuditLog audit;

    StudentController(StudentService service, StudentForms forms, StudentAccess access, AuditLog audit) {
        this.service = service;
        this.forms = forms;
        this.access = access;
        this.audit = audit;
    }

    @PostMapping
    ResponseEntity<StudentView> create(
            @Valid @RequestBody StudentForm form,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Versioned<Student> created = service.register(form, idempotencyKey);
        return ResponseEntity.created(URI.create("/api/students/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(audited("student.write", service.view(created.state())));
    }

    @GetMapping("/{id}")
    ResponseEntity<StudentView> get(@PathVariable UUID id) {
        Versioned<Student> v = service.get(id);
        return ResponseEntity.ok().eTag(ETags.of(v.version())).body(audited("student.read", service.view(v.state())));
    }

    @GetMapping
    PageResult<StudentView> list(
            StudentFilter filter,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageResult<Versioned<Student>> result = service.page(access.listFilter(filter), PageRequest.of(page, size));
        List<StudentView> views =
                result.items().stream().map(v -> service.view(v.state())).toList();
        audit.shown(
                "student.list",
                views.stream()
                        .filter(StudentView::showsPersonalData)
                        .map(StudentView::id)
                        .toList());
        return new PageResult<>(views, result.page(), result.size(), result.total());
    }

    @PutMapping("/{id}")
    ResponseEntity<StudentView> replace(
            @PathVariable UUID id,
            @Valid @RequestBody StudentForm form,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        // a replacement of everything the office edits would silently undo a colleague's change: If-Match required
        return answer(service.revise(id, ETags.requireIfMatch(ifMatch), form));
    }

    @PatchMapping(
            path = "/{id}",
            consumes = {MERGE_PATCH, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<StudentView> patch(
            @PathVariable UUID id,
            @RequestBody JsonNode patch,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(service.patch(id, ETags.parseIfMatch(ifMatch), current -> {
            StudentForm merged = forms.merge(current, patch);
            forms.requireValid(merged);
            return merged;
        }));
    }

    @PostMapping("/{id}/transitions")
    ResponseEntity<StudentView> transition(
            @PathVariable UUID id,
            @Valid @RequestBody TransitionRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(service.transition(id, ETags.parseIfMatch(ifMatch), request));
    }

    @PutMapping("/{id}/documents/{type}")
    ResponseEntity<StudentView> fileDocument(
            @PathVariable UUID id,
            @PathVariable DocumentType type,
            @RequestBody DocumentRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(service.file(id, ETags.parseIfMatch(ifMatch), request.facts(type)));
    }

    /** The answer to a change shows the student as a read would: recorded the same way. */
    private ResponseEntity<StudentView> answer(Versioned<Student> v) {
        return ResponseEntity.ok().eTag(ETags.of(v.version())).body(audited("student.write", service.view(v.state())));
    }

    private StudentView audited(String action, StudentView view) {
        if (view.showsPersonalData()) {
            audit.shown(action, List.of(view.id()));
        }
        return view;
    }
}
