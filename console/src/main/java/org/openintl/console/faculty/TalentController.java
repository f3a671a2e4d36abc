package org.openintl.console.faculty;

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

/**
 * High-end overseas talent (海外高层次人才引进): the pipeline, a candidate's page with its moves (on arrival the
 * expert record the API creates is linked), the forms.
 */
@Controller
class TalentController {

    static final List<String> FIELDS = List.of(
            "name",
            "chineseName",
            "nationality",
            "gender",
            "dateOfBirth",
            "email",
            "currentInstitution",
            "program",
            "college",
            "field",
            "position");

    static final List<String> FILTERS = List.of("name", "stage", "nationality", "program", "college", "field");

    static final Map<String, List<String>> MOVES = Map.of(
            "IDENTIFIED", List.of("CONTACTED", "DECLINED"),
            "CONTACTED", List.of("INTERVIEWED", "DECLINED"),
            "INTERVIEWED", List.of("OFFERED", "DECLINED"),
            "OFFERED", List.of("ACCEPTED", "DECLINED"),
            "ACCEPTED", List.of("ARRIVED", "DECLINED"));

    private final GatewayApi api;

    TalentController(GatewayApi api) {
        this.api = api;
    }

    @GetMapping("/talent")
    String list(@RequestParam Map<String, String> query, Model model) {
        ListPage.load(api, "/api/talent", FILTERS, query, model);
        return "talent/list";
    }

    @GetMapping("/talent/{id}")
    String show(@PathVariable UUID id, Model model) {
        ApiResult talent = api.get("/api/talent/" + id);
        model.addAttribute("talent", talent.body());
        model.addAttribute("etag", talent.etag());
        model.addAttribute(
                "moves", MOVES.getOrDefault(String.valueOf(talent.body().get("stage")), List.of()));
        return "talent/show";
    }

    @GetMapping("/talent/new")
    String newTalent(Model model) {
        model.addAttribute("form", Map.of("position", "RESEARCH"));
        model.addAttribute("key", UUID.randomUUID());
        return "talent/form";
    }

    @PostMapping("/talent")
    String create(@RequestParam Map<String, String> form, @RequestParam UUID key, Model model) {
        try {
            ApiResult created = api.create("/api/talent", Forms.json(form, FIELDS), key);
            return "redirect:/talent/" + created.body().get("id") + "?created";
        } catch (ApiProblem problem) {
            FormRefusal.create(model, problem, form, key);
            return "talent/form";
        }
    }

    @GetMapping("/talent/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        ApiResult talent = api.get("/api/talent/" + id);
        model.addAttribute("form", Forms.flatten(talent.body(), FIELDS));
        model.addAttribute("etag", talent.etag());
        model.addAttribute("id", id);
        return "talent/form";
    }

    @PostMapping("/talent/{id}")
    String update(
            @PathVariable UUID id, @RequestParam Map<String, String> form, @RequestParam String etag, Model model) {
        try {
            api.put("/api/talent/" + id, Forms.json(form, FIELDS), etag);
            return "redirect:/talent/" + id + "?saved";
        } catch (ApiProblem problem) {
            FormRefusal.edit(
                    model, problem, form, etag, () -> api.get("/api/talent/" + id), now -> Forms.flatten(now, FIELDS));
            model.addAttribute("id", id);
            return "talent/form";
        }
    }

    @PostMapping("/talent/{id}/transitions")
    String move(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            @RequestParam(required = false) String etag,
            RedirectAttributes redirect) {
        Map<String, Object> body = Forms.json(form, List.of("to", "date", "note"));
        return PageAction.thenBack(
                "/talent/" + id, redirect, () -> api.post("/api/talent/" + id + "/transitions", body, etag));
    }
}
