package org.openintl.console.students;

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

@Controller
class StudentsController {

    /** What the office edits of a student, named as the API names them. */
    static final List<String> FIELDS = List.of(
            "familyName",
            "givenName",
            "chineseName",
            "nationality",
            "gender",
            "dateOfBirth",
            "passportNumber",
            "category",
            "college",
            "program",
            "funding.type",
            "funding.program",
            "partnershipId",
            "counselor",
            "expectedGraduation",
            "contact.email",
            "contact.phone");

    static final List<String> DOCUMENT_TYPES =
            List.of("PASSPORT", "VISA", "RESIDENCE_PERMIT", "ACCOMMODATION_REGISTRATION", "INSURANCE");

    static final List<String> FILTERS = List.of("name", "status", "nationality", "category", "college", "funding");

    /** The lifecycle (docs/student-service.md): the moves a page offers from each status. */
    static final Map<String, List<String>> MOVES = Map.of(
            "APPLIED", List.of("ADMITTED", "WITHDRAWN"),
            "ADMITTED", List.of("ENROLLED", "WITHDRAWN"),
            "ENROLLED", List.of("SUSPENDED", "GRADUATED", "WITHDRAWN"),
            "SUSPENDED", List.of("ENROLLED", "WITHDRAWN"));

    private final GatewayApi api;

    StudentsController(GatewayApi api) {
        this.api = api;
    }

    @GetMapping("/students")
    String list(@RequestParam Map<String, String> query, Model model) {
        ListPage.load(api, "/api/students", FILTERS, query, model);
        model.addAttribute("exportQuery", Forms.filterQuery(query, FILTERS));
        return "students/list";
    }

    @GetMapping("/students/new")
    String newStudent(Model model) {
        model.addAttribute("form", Map.of("category", "BACHELOR", "funding.type", "SELF_FUNDED"));
        model.addAttribute("key", UUID.randomUUID());
        return "students/form";
    }

    @PostMapping("/students")
    String create(@RequestParam Map<String, String> form, @RequestParam UUID key, Model model) {
        try {
            ApiResult created = api.create("/api/students", Forms.json(form, FIELDS), key);
            return "redirect:/students/" + created.body().get("id") + "?created";
        } catch (ApiProblem problem) {
            FormRefusal.create(model, problem, form, key);
            return "students/form";
        }
    }

    @GetMapping("/students/{id}")
    String show(@PathVariable UUID id, Model model) {
        ApiResult student = api.get("/api/students/" + id);
        model.addAttribute("student", student.body());
        model.addAttribute("etag", student.etag());
        model.addAttribute(
                "moves", MOVES.getOrDefault(String.valueOf(student.body().get("status")), List.of()));
        model.addAttribute("documentTypes", DOCUMENT_TYPES);
        return "students/show";
    }

    @GetMapping("/students/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        ApiResult student = api.get("/api/students/" + id);
        model.addAttribute("form", Forms.flatten(student.body(), FIELDS));
        model.addAttribute("etag", student.etag());
        model.addAttribute("id", id);
        return "students/form";
    }

    @PostMapping("/students/{id}")
    String update(
            @PathVariable UUID id, @RequestParam Map<String, String> form, @RequestParam String etag, Model model) {
        try {
            api.put("/api/students/" + id, Forms.json(form, FIELDS), etag);
            return "redirect:/students/" + id + "?saved";
        } catch (ApiProblem problem) {
            FormRefusal.edit(
                    model,
                    problem,
                    form,
                    etag,
                    () -> api.get("/api/students/" + id),
                    now -> Forms.flatten(now, FIELDS));
            model.addAttribute("id", id);
            return "students/form";
        }
    }

    @PostMapping("/students/{id}/transitions")
    String move(
            @PathVariable UUID id,
            @RequestParam String to,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", to);
        if (note != null && !note.isBlank()) {
            body.put("note", note);
        }
        return PageAction.thenBack(
                "/students/" + id, redirect, () -> api.post("/api/students/" + id + "/transitions", body, null));
    }

    @PostMapping("/students/{id}/documents")
    String fileDocument(
            @PathVariable UUID id,
            @RequestParam String type,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        Map<String, Object> body =
                Forms.json(form, List.of("visaCategory", "number", "issueDate", "expiryDate", "entryDate"));
        return PageAction.thenBack(
                "/students/" + id,
                redirect,
                () -> api.put(
                        "/api/students/" + id + "/documents/" + PageAction.oneOf(type, DOCUMENT_TYPES), body, null));
    }
}
