package org.openintl.faculty.audit;

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
 * {@code GET /api/faculty/audit?actor=&subject=&action=&requestId=&from=&to=&page=&size=}: who read the personal data
 * of experts, talent candidates and staff members, newest first. ADMIN only, checked here: the faculty area lets every
 * role read, and the log itself tells who was looked at.
 */
@RestController
@RequestMapping("/api/faculty/audit")
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
