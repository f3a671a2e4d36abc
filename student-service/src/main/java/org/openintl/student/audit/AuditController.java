package org.openintl.student.audit;

import org.openintl.access.Role;
import org.openintl.platform.security.CurrentUser;
import org.openintl.platform.web.PageRequest;
import org.openintl.platform.web.PageResult;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit?actor=&student=&action=&requestId=&from=&to=&page=&size=}: who read students' personal data,
 * newest first. ADMIN only: the access rules already keep {@code /api/audit} for ADMIN, and the controller checks it
 * again so that a widened rule does not open the log.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private final AuditService entries;

    AuditController(AuditService entries) {
        this.entries = entries;
    }

    @GetMapping
    PageResult<AuditEntry> find(
            AuditQuery query,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        if (!CurrentUser.current().has(Role.ADMIN)) {
            throw new AccessDeniedException("the audit log needs the role ADMIN");
        }
        return entries.find(query, PageRequest.of(page, size));
    }
}
