package org.openintl.console.faculty;

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

/** Foreign experts (外籍专家): the list, an expert's page with documents, deadlines and moves, the forms. */
@Controller
class ExpertsController {

    /** What the office edits of an expert, named as the API names them (docs/faculty-service.md). */
    static final List<String> FIELDS = List.of(
            "name",
            "chineseName",
            "nationality",
            "gender",
            "dateOfBirth",
            "passportNumber",
            "permitCategory",
            "college",
            "position",
            "contractStart",
            "contractEnd",
            "teachingLoad",
            "talentProgram",
            "accommodationSince");

    static final List<String> FILTERS =
            List.of("name", "status", "nationality", "permitCategory", "position", "college");

    /** The lifecycle: the moves a page offers from each status. */
    static final Map<String, List<String>> MOVES = Map.of(
            "CANDIDATE", List.of("CONTRACTED", "DEPARTED"),
            "CONTRACTED", List.of("IN_SERVICE", "DEPARTED"),
            "IN_SERVICE", List.of("ON_LEAVE", "DEPARTED"),
            "ON_LEAVE", List.of("IN_SERVICE", "DEPARTED"));

    /** The documents an officer files (the contract's dates are fields of the expert). */
    static final List<String> DOCUMENT_TYPES =
            List.of("PASSPORT", "WORK_PERMIT", "Z_VISA", "RESIDENCE_PERMIT", "ACCOMMODATION_REGISTRATION");

    private static final List<String> NUMBERS = List.of("teachingLoad");

    private final GatewayApi api;

    ExpertsController(GatewayApi api) {
        this.api = api;
    }

    @GetMapping("/experts")
    String list(@RequestParam Map<String, String> query, Model model) {
        ListPage.load(api, "/api/experts", FILTERS, query, model);
        return "experts/list";
    }

    @GetMapping("/experts/{id}")
    String show(@PathVariable UUID id, Model model) {
        ApiResult expert = api.get("/api/experts/" + id);
        model.addAttribute("expert", expert.body());
        model.addAttribute("etag", expert.etag());
        model.addAttribute(
                "moves", MOVES.getOrDefault(String.valueOf(expert.body().get("status")), List.of()));
        model.addAttribute("documentTypes", DOCUMENT_TYPES);
        return "experts/show";
    }

    @GetMapping("/experts/new")
    String newExpert(Model model) {
        model.addAttribute("form", Map.of("position", "TEACHING"));
        model.addAttribute("key", UUID.randomUUID());
        return "experts/form";
    }

    @PostMapping("/experts")
    String create(@RequestParam Map<String, String> form, @RequestParam UUID key, Model model) {
        try {
            ApiResult created = api.create("/api/experts", body(form), key);
            return "redirect:/experts/" + created.body().get("id") + "?created";
        } catch (ApiProblem problem) {
            FormRefusal.create(model, problem, form, key);
            return "experts/form";
        }
    }

    @GetMapping("/experts/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        ApiResult expert = api.get("/api/experts/" + id);
        model.addAttribute("form", Forms.flatten(expert.body(), FIELDS));
        model.addAttribute("etag", expert.etag());
        model.addAttribute("id", id);
        return "experts/form";
    }

    @PostMapping("/experts/{id}")
    String update(
            @PathVariable UUID id, @RequestParam Map<String, String> form, @RequestParam String etag, Model model) {
        try {
            api.put("/api/experts/" + id, body(form), etag);
            return "redirect:/experts/" + id + "?saved";
        } catch (ApiProblem problem) {
            FormRefusal.edit(
                    model, problem, form, etag, () -> api.get("/api/experts/" + id), now -> Forms.flatten(now, FIELDS));
            model.addAttribute("id", id);
            return "experts/form";
        }
    }

    @PostMapping("/experts/{id}/transitions")
    String move(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            @RequestParam(required = false) String etag,
            RedirectAttributes redirect) {
        Map<String, Object> body = Forms.json(form, List.of("to", "date", "note"));
        return PageAction.thenBack(
                "/experts/" + id, redirect, () -> api.post("/api/experts/" + id + "/transitions", body, etag));
    }

    @PostMapping("/experts/{id}/documents")
    String fileDocument(
            @PathVariable UUID id,
            @RequestParam String type,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        Map<String, Object> body = Forms.json(form, List.of("number", "issueDate", "expiryDate", "entryDate"));
        return PageAction.thenBack(
                "/experts/" + id,
                redirect,
                () -> api.put(
                        "/api/experts/" + id + "/documents/" + PageAction.oneOf(type, DOCUMENT_TYPES), body, null));
    }

    /** The form as the API's JSON: numbers as numbers (a word stays text, for the API to refuse beside its field). */
    private static Map<String, Object> body(Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>(Forms.json(form, FIELDS));
        NUMBERS.forEach(n -> {
            if (body.get(n) instanceof String s && s.strip().matches("-?\\d{1,9}")) {
                body.put(n, Integer.parseInt(s.strip()));
            }
        });
        return body;
    }
}
