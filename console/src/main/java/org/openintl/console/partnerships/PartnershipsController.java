package org.openintl.console.partnerships;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openintl.console.api.ApiProblem;
import org.openintl.console.api.ApiResult;
import org.openintl.console.api.GatewayApi;
import org.openintl.console.web.FormRefusal;
import org.openintl.console.web.Forms;
import org.openintl.console.web.ListPage;
import org.openintl.console.web.PageAction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class PartnershipsController {

    /** The details a form edits, as the API names them. */
    static final List<String> FIELDS = List.of(
            "title.zh",
            "title.en",
            "title.ko",
            "type",
            "partnerIds",
            "responsibleUnit",
            "coordinator",
            "startDate",
            "endDate",
            "noticeDays",
            "notes");

    static final List<String> TYPES = List.of(
            "MOU",
            "STUDENT_EXCHANGE",
            "STAFF_EXCHANGE",
            "JOINT_PROGRAM",
            "JOINT_INSTITUTE",
            "RESEARCH_PLATFORM",
            "SCHOOL_ABROAD",
            "TALENT_PROGRAM");

    static final List<String> STATUSES =
            List.of("PROPOSED", "NEGOTIATING", "SIGNED", "ACTIVE", "SUSPENDED", "EXPIRED", "TERMINATED");

    private final GatewayApi api;

    PartnershipsController(GatewayApi api) {
        this.api = api;
    }

    @GetMapping("/partnerships")
    String list(@RequestParam Map<String, String> query, Model model) {
        List<String> filters = List.of("q", "status", "type", "country", "expiringWithinDays");
        ListPage.load(api, "/api/partnerships", filters, query, model);
        model.addAttribute("exportQuery", Forms.filterQuery(query, filters));
        model.addAttribute("types", TYPES);
        model.addAttribute("statuses", STATUSES);
        return "partnerships/list";
    }

    @GetMapping("/partnerships/{id}")
    String show(@PathVariable UUID id, Model model) {
        ApiResult partnership = api.get("/api/partnerships/" + id);
        model.addAttribute("p", partnership.body());
        model.addAttribute("etag", partnership.etag());
        model.addAttribute("today", LocalDate.now());
        return "partnerships/show";
    }

    @GetMapping("/partnerships/new")
    String newPartnership(@RequestParam(required = false) UUID partner, Model model) {
        Map<String, String> form = new LinkedHashMap<>(Map.of("type", "MOU"));
        if (partner != null) {
            // from a partner's page: that partner chosen, whether or not it is among the first partners listed
            form.put("partnerIds", partner.toString());
        }
        model.addAttribute("form", form);
        model.addAttribute("key", UUID.randomUUID());
        addChoices(model, form.get("partnerIds"));
        return "partnerships/form";
    }

    @PostMapping("/partnerships")
    String create(
            @RequestParam Map<String, String> submitted,
            @RequestParam(name = "partnerIds", required = false) List<String> partnerIds,
            @RequestParam UUID key,
            Model model) {
        Map<String, String> form = withPartners(submitted, partnerIds);
        try {
            ApiResult created = api.create("/api/partnerships", body(form), key);
            return "redirect:/partnerships/" + created.body().get("id") + "?created";
        } catch (ApiProblem problem) {
            FormRefusal.create(model, problem, form, key);
            addChoices(model, form.get("partnerIds"));
            return "partnerships/form";
        }
    }

    @GetMapping("/partnerships/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        ApiResult partnership = api.get("/api/partnerships/" + id);
        Map<String, String> form = formOf(partnership.body());
        model.addAttribute("form", form);
        model.addAttribute("etag", partnership.etag());
        model.addAttribute("id", id);
        addChoices(model, form.get("partnerIds"));
        return "partnerships/form";
    }

    @PostMapping("/partnerships/{id}")
    String update(
            @PathVariable UUID id,
            @RequestParam Map<String, String> submitted,
            @RequestParam(name = "partnerIds", required = false) List<String> partnerIds,
            @RequestParam String etag,
            Model model) {
        Map<String, String> form = withPartners(submitted, partnerIds);
        try {
            // the details the form does not show (documents, the MOE record, ...) are sent back as they were
            ApiResult current = api.get("/api/partnerships/" + id);
            @SuppressWarnings("unchecked")
            Map<String, Object> details =
                    new LinkedHashMap<>((Map<String, Object>) current.body().get("details"));
            FIELDS.forEach(details::remove);
            details.remove("title");
            details.putAll(body(form));
            api.put("/api/partnerships/" + id, details, etag);
            return "redirect:/partnerships/" + id + "?saved";
        } catch (ApiProblem problem) {
            FormRefusal.edit(
                    model,
                    problem,
                    form,
                    etag,
                    () -> api.get("/api/partnerships/" + id),
                    PartnershipsController::formOf);
            model.addAttribute("id", id);
            addChoices(model, form.get("partnerIds"));
            return "partnerships/form";
        }
    }

    @PostMapping("/partnerships/{id}/transitions")
    String move(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            @RequestParam(required = false) String etag,
            RedirectAttributes redirect) {
        Map<String, Object> body = Forms.json(form, List.of("to", "date", "note", "endDate"));
        try {
            api.post("/api/partnerships/" + id + "/transitions", body, etag);
            redirect.addFlashAttribute("done", true);
        } catch (ApiProblem problem) {
            if (problem.isSignedOut()) {
                throw problem;
            }
            redirect.addFlashAttribute("refused", problem.detail());
        }
        return "redirect:/partnerships/" + id;
    }

    /**
     * One intake of a cooperative program, counting all its students: sent with the page's {@code If-Match}; a year or
     * a count that is not a number goes as typed, for the API to refuse.
     */
    @PostMapping("/partnerships/{id}/cohorts")
    String recordCohort(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            @RequestParam(required = false) String etag,
            RedirectAttributes redirect) {
        String year = form.getOrDefault("intakeYear", "").strip();
        Map<String, Object> counts = new LinkedHashMap<>();
        for (String count : List.of("admitted", "enrolled", "graduated")) {
            String value = form.getOrDefault(count, "").strip();
            counts.put(count, value.matches("\\d{1,9}") ? Integer.valueOf(value) : value);
        }
        return PageAction.thenBack("/partnerships/" + id, redirect, () -> {
            if (!year.matches("\\d{4}")) {
                throw new ApiProblem(
                        400, "about:blank", "Bad Request", "The intake year is a year, e.g. 2025", Map.of(), List.of());
            }
            api.put("/api/partnerships/" + id + "/cohorts/" + year, counts, etag);
        });
    }

    /** The form's values for a partnership as the API answers it. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> formOf(Map<String, Object> partnership) {
        Map<String, Object> details = (Map<String, Object>) partnership.getOrDefault("details", Map.of());
        Map<String, String> form = Forms.flatten(details, FIELDS);
        if (details.get("partnerIds") instanceof List<?> ids) {
            // every partner of the agreement, not only the first: a save sends them all back
            form.put(
                    "partnerIds",
                    String.join(",", ids.stream().map(String::valueOf).toList()));
        }
        return form;
    }

    /** The form with every partner chosen in the (multiple) select, comma-separated: one value per field. */
    private static Map<String, String> withPartners(Map<String, String> submitted, List<String> partnerIds) {
        Map<String, String> form = new LinkedHashMap<>(submitted);
        form.put(
                "partnerIds",
                partnerIds == null
                        ? ""
                        : String.join(
                                ",",
                                partnerIds.stream().filter(p -> !p.isBlank()).toList()));
        return form;
    }

    /** The API's body for the form: the partners chosen, the rest as the form says. */
    private static Map<String, Object> body(Map<String, String> form) {
        Map<String, Object> body = Forms.json(
                form,
                FIELDS.stream()
                        .filter(f -> !f.equals("partnerIds") && !f.equals("noticeDays"))
                        .toList());
        body.put("partnerIds", chosen(form.get("partnerIds")));
        String notice = form.get("noticeDays");
        if (notice != null && !notice.isBlank()) {
            // a number when it is one; otherwise as typed, for the API to refuse beside the field
            body.put(
                    "noticeDays",
                    notice.strip().matches("\\d{1,9}") ? Integer.valueOf(notice.strip()) : notice.strip());
        }
        return body;
    }

    private static List<String> chosen(String partnerIds) {
        return partnerIds == null || partnerIds.isBlank()
                ? List.of()
                : Arrays.stream(partnerIds.split(","))
                        .map(String::strip)
                        .filter(p -> !p.isEmpty())
                        .toList();
    }

    /**
     * The partners to choose from: the first 200 by name, and every chosen one (ids, comma-separated) that is not among
     * them: an office has more partners than a list shows, and a partner missing from the choices would be dropped by
     * the next save.
     */
    private void addChoices(Model model, String chosenIds) {
        model.addAttribute("types", TYPES);
        List<String> chosen = chosen(chosenIds);
        List<Object> partners = new ArrayList<>();
        if (api.get("/api/partners", Map.of("size", 200)).body().get("items") instanceof List<?> first) {
            partners.addAll(first);
        }
        Set<String> listed = new HashSet<>();
        partners.forEach(p -> {
            if (p instanceof Map<?, ?> m) {
                listed.add(String.valueOf(m.get("id")));
            }
        });
        for (String id : chosen) {
            if (!listed.contains(id) && isUuid(id)) {
                partners.add(0, api.get("/api/partners/" + UUID.fromString(id)).body());
            }
        }
        model.addAttribute("partners", partners);
        model.addAttribute("chosenPartners", chosen);
    }

    private static boolean isUuid(String s) {
        try {
            UUID.fromString(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
