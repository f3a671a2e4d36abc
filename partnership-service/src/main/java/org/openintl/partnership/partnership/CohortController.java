package org.openintl.partnership.partnership;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.openintl.platform.web.ETags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A cooperative program's intakes: admitted, enrolled and graduated per intake year. Each write is an edit of the
 * partnership, so it needs the partnership's {@code If-Match} like any other.
 */
@RestController
@RequestMapping("/api/partnerships/{id}/cohorts")
class CohortController {

    private final PartnershipService service;

    CohortController(PartnershipService service) {
        this.service = service;
    }

    @GetMapping
    ResponseEntity<List<Cohort>> list(@PathVariable UUID id) {
        PartnershipView view = service.get(id);
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view.cohorts());
    }

    @PutMapping("/{intakeYear}")
    ResponseEntity<PartnershipView> record(
            @PathVariable UUID id,
            @PathVariable int intakeYear,
            @Valid @RequestBody CohortRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        PartnershipView view = service.recordCohort(id, ETags.requireIfMatch(ifMatch), intakeYear, request);
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    @DeleteMapping("/{intakeYear}")
    ResponseEntity<PartnershipView> remove(
            @PathVariable UUID id,
            @PathVariable int intakeYear,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        PartnershipView view = service.removeCohort(id, ETags.requireIfMatch(ifMatch), intakeYear);
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }
}
