package org.openintl.console.partnerships;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openintl.console.api.ApiProblem;
import org.openintl.console.api.ApiResult;
import org.openintl.console.api.GatewayApi;
import org.openintl.console.web.FormRefusal;
import org.openintl.console.web.Forms;
import org.openintl.console.web.ListPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PartnersController {

    static final List<String> FIELDS =
            List.of("name.zh", "name.en", "name.ko", "originalName", "country", "city", "type", "website");

    static final List<String> TYPES = List.of("UNIVERSITY", "RESEARCH_INSTITUTE", "COMPANY", "GOVERNMENT", "OTHER");

    private final GatewayApi api;

    PartnersController(GatewayApi api) {
        this.api = api;
    }

    @GetMapping("/partners")
    String list(@RequestParam Map<String, String> query, Model model) {
        List<String> filters = List.of("q", "country", "continent", "type", "beltAndRoad");
        ListPage.load(api, "/api/partners", filters, query, model);
        model.addAttribute("exportQuery", Forms.filterQuery(query, filters));
        model.addAttribute("types", TYPES);
        return "partners/list";
    }

    @GetMapping("/partners/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("partner", api.get("/api/partners/" + id).body());
        model.addAttribute("id", id);
        model.addAttribute(
                "partnerships",
                api.get("/api/partnerships", Map.of("partnerId", id, "size", 100))
                        .body()
                        .get("items"));
        return "partners/show";
    }

    @GetMapping("/partners/new")
    String newPartner(Model model) {
        model.addAttribute("form", Map.of("type", "UNIVERSITY"));
        model.addAttribute("key", UUID.randomUUID());
        model.addAttribute("types", TYPES);
        return "partners/form";
    }

    @PostMapping("/partners")
    String create(@RequestParam Map<String, String> form, @RequestParam UUID key, Model model) {
        try {
            ApiResult created = api.create("/api/partners", body(form), key);
            return "redirect:/partners/" + created.body().get("id");
        } catch (ApiProblem problem) {
            FormRefusal.create(model, problem, form, key);
            model.addAttribute("types", TYPES);
            model.addAttribute("contactRows", PartnerContacts.rowsIn(form));
            return "partners/form";
        }
    }

    @GetMapping("/partners/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        ApiResult partner = api.get("/api/partners/" + id);
        Map<String, String> form = Forms.flatten(partner.body(), FIELDS);
        model.addAttribute("contactRows", PartnerContacts.toForm(partner.body(), form));
        model.addAttribute("form", form);
        model.addAttribute("etag", partner.etag());
        model.addAttribute("id", id);
        model.addAttribute("types", TYPES);
        return "partners/form";
    }

    @PostMapping("/partners/{id}")
    String update(
            @PathVariable UUID id, @RequestParam Map<String, String> form, @RequestParam String etag, Model model) {
        try {
            api.put("/api/partners/" + id, body(form), etag);
            return "redirect:/partners/" + id + "?saved";
        } catch (ApiProblem problem) {
            FormRefusal.edit(
                    model, problem, form, etag, () -> api.get("/api/partners/" + id), PartnersController::formOf);
            model.addAttribute("id", id);
            model.addAttribute("types", TYPES);
            model.addAttribute("contactRows", PartnerContacts.rowsIn(form));
            return "partners/form";
        }
    }

    /** The form as the API's JSON: the partner's fields and every contact row that is not empty. */
    private static Map<String, Object> body(Map<String, String> form) {
        Map<String, Object> body = Forms.json(form, FIELDS);
        body.put("contacts", PartnerContacts.fromForm(form));
        return body;
    }

    private static Map<String, String> formOf(Map<String, Object> partner) {
        Map<String, String> form = Forms.flatten(partner, FIELDS);
        PartnerContacts.toForm(partner, form);
        return form;
    }
}
