package org.openintl.faculty.audit;

import org.openintl.platform.web.PageRequest;
import org.openintl.platform.web.PageResult;
import org.springframework.stereotype.Service;

/** Reads the audit log for {@code GET /api/faculty/audit}; writing it is {@link AuditLog}'s job. */
@Service
class AuditService {

    private final AuditRepository entries;

    AuditService(AuditRepository entries) {
        this.entries = entries;
    }

    /** The entries matching {@code query}, newest first. */
    PageResult<AuditEntry> find(AuditQuery query, PageRequest page) {
        return entries.find(query, page);
    }
}
