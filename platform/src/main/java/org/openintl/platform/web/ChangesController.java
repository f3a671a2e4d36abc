package org.openintl.platform.web;

import java.util.List;
import java.util.UUID;
import org.openintl.platform.aggregate.ChangeLog;
import org.openintl.platform.aggregate.ChangeRecord;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET <resource>/{id}/changes}: every write of an aggregate, oldest first, with who made it (the token's
 * {@code sub}), the request id and the events it published (ADR 0482). Holds ids and event types only, so every role
 * that reads the aggregate reads its changes. A service's subclass names the resource with {@code @RequestMapping}:
 *
 * <pre>{@code
 * @RestController
 * @RequestMapping("/api/students")
 * class StudentChangesController extends ChangesController<Student> {
 *     StudentChangesController(StudentService students) {
 *         super(students::changes);
 *     }
 * }
 * }</pre>
 */
public abstract class ChangesController<T> {

    private final ChangeLog<T> log;

    protected ChangesController(ChangeLog<T> log) {
        this.log = log;
    }

    @GetMapping("/{id}/changes")
    public List<ChangeRecord> changes(@PathVariable("id") UUID id) {
        return log.changes(id);
    }
}
