package org.openintl.console.faculty;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/** Staff going abroad (教师出国研修, outbound visits): the list, a trip with its approval and report, the forms. */
@Controller
class StaffTripsController {

    /** What the office edits of a trip, named as the API names them ({@code countries} comma-separated). */
    static final List<String> FIELDS = List.of(
            "staffId",
            "staffName",
            "college",
            "countries",
            "hostPartnerId",
            "hostInstitution",
            "partnershipId",
            "purpose",
            "startDate",
            "endDate",
            "fundingSource",
            "fundingAmount");

    static final List<String> FILTERS = List.of("status", "college", "country", "purpose", "staffId", "partnershipId");

    static final List<String> PURPOSES = List.of("STUDY", "RESEARCH", "CONFERENCE", "TEACHING", "DELEGATION");

    static final List<String> FUNDING = List.of("UNIVERSITY", "CSC", "GOVERNMENT", "HOST", "PROJECT", "SELF_FUNDED");

    /** The approval and the journey: the moves a page offers from each status. */
    static final Map<String, List<String>> MOVES = Map.of(
            "DRAFT", List.of("SUBMITTED"),
            "SUBMITTED", List.of("APPROVED", "REJECTED"),
            "APPROVED", List.of("DEPARTED"),
            "DEPARTED", List.of("RETURNED"),
            "RETURNED", List.of("REPORTED"));

    private final GatewayApi api;

    StaffTripsController(GatewayApi api) {
        this.api = api;
    }

    @GetMapping("/staff-trips")
    String list(@RequestParam Map<String, String> query, Model model) {
        ListPage.load(api, "/api/staff-trips", FILTERS, query, model);
        model.addAttribute("purposes", PURPOSES);
        return "trips/list";
    }

    @GetMapping("/staff-trips/{id}")
    String show(@PathVariable UUID id, Model model) {
        ApiResult trip = api.get("/api/staff-trips/" + id);
        model.addAttribute("trip", trip.body());
        model.addAttribute("etag", trip.etag());
        model.addAttribute(
                "moves", MOVES.getOrDefault(String.valueOf(trip.body().get("status")), List.of()));
        return "trips/show";
    }

    @GetMapping("/staff-trips/new")
    String newTrip(@RequestParam(required = false) UUID partnership, Model model) {
        Map<String, String> form = new LinkedHashMap<>(Map.of("purpose", "STUDY", "fundingSource", "UNIVERSITY"));
        if (partnership != null) {
            // from a partnership's page: the trip goes under that agreement
            form.put("partnershipId", partnership.toString());
        }
        model.addAttribute("form", form);
        model.addAttribute("key", UUID.randomUUID());
        addChoices(model);
        return "trips/form";
    }

    @PostMapping("/staff-trips")
    String create(@RequestParam Map<String, String> form, @RequestParam UUID key, Model model) {
        try {
            ApiResult created = api.create("/api/staff-trips", body(form), key);
            return "redirect:/staff-trips/" + created.body().get("id") + "?created";
        } catch (ApiProblem problem) {
            FormRefusal.create(model, problem, form, key);
            addChoices(model);
            return "trips/form";
        }
    }

    @GetMapping("/staff-trips/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        ApiResult trip = api.get("/api/staff-trips/" + id);
        model.addAttribute("form", formOf(trip.body()));
        model.addAttribute("etag", trip.etag());
        model.addAttribute("id", id);
        addChoices(model);
        return "trips/form";
    }

    @PostMapping("/staff-trips/{id}")
    String update(
            @PathVariable UUID id, @RequestParam Map<String, String> form, @RequestParam String etag, Model model) {
        try {
            api.put("/api/staff-trips/" + id, body(form), etag);
            return "redirect:/staff-trips/" + id + "?saved";
        } catch (ApiProblem problem) {
            FormRefusal.edit(
                    model, problem, form, etag, () -> api.get("/api/staff-trips/" + id), StaffTripsController::formOf);
            model.addAttribute("id", id);
            addChoices(model);
            return "trips/form";
        }
    }

    @PostMapping("/staff-trips/{id}/transitions")
    String move(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            @RequestParam(required = false) String etag,
            RedirectAttributes redirect) {
        Map<String, Object> body = Forms.json(form, List.of("to", "date", "note", "approvalNumber", "report"));
        return PageAction.thenBack(
                "/staff-trips/" + id, redirect, () -> api.post("/api/staff-trips/" + id + "/transitions", body, etag));
    }

    private static void addChoices(Model model) {
        model.addAttribute("purposes", PURPOSES);
        model.addAttribute("funding", FUNDING);
    }

    /** The form as the API's JSON: the countries as a list, the amount as a number when it is one. */
    static Map<String, Object> body(Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>(Forms.json(form, FIELDS));
        if (body.get("countries") instanceof String countries) {
            body.put(
                    "countries",
                    Arrays.stream(countries.split("[,，\\s]+"))
                            .filter(c -> !c.isBlank())
                            .toList());
        }
        if (body.get("fundingAmount") instanceof String amount && amount.matches("\\d{1,15}")) {
            body.put("fundingAmount", Long.parseLong(amount));
        }
        return body;
    }

    private static Map<String, String> formOf(Map<String, Object> trip) {
        Map<String, String> form = Forms.flatten(trip, FIELDS);
        if (trip.get("countries") instanceof List<?> countries) {
            form.put(
                    "countries",
                    String.join(", ", countries.stream().map(String::valueOf).toList()));
        }
        return form;
    }
}
