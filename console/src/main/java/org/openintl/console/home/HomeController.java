package org.openintl.console.home;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.openintl.console.api.ApiProblem;
import org.openintl.console.api.GatewayApi;
import org.openintl.console.web.Can;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The overview's figures and this week's work: immigration deadlines within 7 days (overdue included; the foreign
 * experts' too for faculty officers), agreements
 * ending within 30 days, articles waiting for review and generated drafts. Each part is asked on its own: a service
 * that is down empties its part, not the page.
 */
@Controller
class HomeController {

    static final int DOCUMENTS_WITHIN_DAYS = 7;
    static final int AGREEMENTS_WITHIN_DAYS = 30;

    private final GatewayApi api;
    private final Can can;

    HomeController(GatewayApi api, Can can) {
        this.api = api;
        this.can = can;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("overview", part(() -> api.get("/api/overview").body()));
        model.addAttribute(
                "alerts",
                part(() -> api.get("/api/students/alerts", Map.of("withinDays", DOCUMENTS_WITHIN_DAYS, "size", 20))
                        .body()));
        if (can.writeFaculty()) {
            // the foreign experts' work permits, visas and contracts: the faculty officers' part of the week
            model.addAttribute(
                    "expertAlerts",
                    part(() -> api.get("/api/experts/alerts", Map.of("withinDays", DOCUMENTS_WITHIN_DAYS, "size", 20))
                            .body()));
        }
        model.addAttribute(
                "expiring",
                part(() -> api.get(
                                "/api/partnerships", Map.of("expiringWithinDays", AGREEMENTS_WITHIN_DAYS, "size", 20))
                        .body()));
        model.addAttribute(
                "inReview",
                part(() -> api.get("/api/news", Map.of("status", "IN_REVIEW", "size", 20))
                        .body()));
        model.addAttribute(
                "generated",
                part(() -> api.get("/api/news", Map.of("status", "DRAFT", "generated", true, "size", 20))
                        .body()));
        model.addAttribute("documentsWithin", DOCUMENTS_WITHIN_DAYS);
        model.addAttribute("agreementsWithin", AGREEMENTS_WITHIN_DAYS);
        return "home";
    }

    /** A part of the page, or a map with only {@code unavailable} when its service did not answer. */
    private static Map<String, Object> part(Supplier<Map<String, Object>> call) {
        try {
            return call.get();
        } catch (ApiProblem problem) {
            if (problem.isSignedOut()) {
                throw problem;
            }
            return Map.of("unavailable", problem.detail() == null ? "" : problem.detail(), "items", List.of());
        }
    }
}
