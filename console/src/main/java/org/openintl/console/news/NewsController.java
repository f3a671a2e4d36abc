package org.openintl.console.news;

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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An article's page is its editor: zh, en and ko side by side, saved as one JSON Merge Patch with {@code If-Match}
 * (only the translations change; category, themes and links stay as they are), and the workflow's moves as buttons.
 */
@Controller
class NewsController {

    static final List<String> LANGUAGES = List.of("zh", "en", "ko");
    static final List<String> PARTS = List.of("title", "summary", "body", "status");
    static final List<String> CATEGORIES = List.of(
            "MEETING",
            "VISIT_INBOUND",
            "VISIT_OUTBOUND",
            "SIGNING",
            "CONFERENCE",
            "STUDENT_LIFE",
            "RESEARCH",
            "ANNOUNCEMENT");

    private final GatewayApi api;

    NewsController(GatewayApi api) {
        this.api = api;
    }

    @GetMapping("/news")
    String list(@RequestParam Map<String, String> query, Model model) {
        ListPage.load(api, "/api/news", List.of("q", "status", "category", "generated", "language"), query, model);
        model.addAttribute("categories", CATEGORIES);
        return "news/list";
    }

    @GetMapping("/news/new")
    String newArticle(Model model) {
        model.addAttribute("form", Map.of("category", "ANNOUNCEMENT"));
        model.addAttribute("key", UUID.randomUUID());
        model.addAttribute("categories", CATEGORIES);
        model.addAttribute("languages", LANGUAGES);
        return "news/new";
    }

    @PostMapping("/news")
    String create(@RequestParam Map<String, String> form, @RequestParam UUID key, Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("translations", translations(form, List.of("title", "summary", "body")));
        if (form.get("category") != null && !form.get("category").isBlank()) {
            body.put("category", form.get("category"));
        }
        try {
            ApiResult created = api.create("/api/news", body, key);
            return "redirect:/news/" + created.body().get("id") + "?created";
        } catch (ApiProblem problem) {
            FormRefusal.create(model, problem, form, key);
            model.addAttribute("categories", CATEGORIES);
            model.addAttribute("languages", LANGUAGES);
            return "news/new";
        }
    }

    @GetMapping("/news/{id}")
    String show(@PathVariable UUID id, Model model) {
        ApiResult article = api.get("/api/news/" + id);
        model.addAttribute("a", article.body());
        model.addAttribute("form", formOf(article.body()));
        model.addAttribute("etag", article.etag());
        model.addAttribute("languages", LANGUAGES);
        return "news/show";
    }

    @PostMapping("/news/{id}")
    String save(@PathVariable UUID id, @RequestParam Map<String, String> form, @RequestParam String etag, Model model) {
        Map<String, Object> patch = Map.of("translations", translations(form, PARTS));
        try {
            api.patch("/api/news/" + id, patch, etag);
            return "redirect:/news/" + id + "?saved";
        } catch (ApiProblem problem) {
            ApiResult now = FormRefusal.edit(
                    model, problem, form, etag, () -> api.get("/api/news/" + id), NewsController::formOf);
            // the page shows the article beside the form
            model.addAttribute("a", (now == null ? api.get("/api/news/" + id) : now).body());
            model.addAttribute("languages", LANGUAGES);
            return "news/show";
        }
    }

    @PostMapping("/news/{id}/transitions")
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
        try {
            api.post("/api/news/" + id + "/transitions", body, null);
            redirect.addFlashAttribute("done", true);
        } catch (ApiProblem problem) {
            if (problem.isSignedOut()) {
                throw problem;
            }
            redirect.addFlashAttribute("refused", problem.detail());
        }
        return "redirect:/news/" + id;
    }

    /** The article as readers will see it in one language. */
    @GetMapping("/news/{id}/preview")
    String preview(@PathVariable UUID id, @RequestParam(name = "in", defaultValue = "zh") String lang, Model model) {
        model.addAttribute("a", api.get("/api/news/" + id).body());
        model.addAttribute("language", LANGUAGES.contains(lang) ? lang : "zh");
        model.addAttribute("languages", LANGUAGES);
        return "news/preview";
    }

    /** {@code zh.title} etc. of the form as the API's {@code translations}; a language left empty is not sent. */
    private static Map<String, Object> translations(Map<String, String> form, List<String> parts) {
        Map<String, Object> translations = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            Map<String, Object> one = new LinkedHashMap<>();
            for (String part : parts) {
                String value = form.get(lang + "." + part);
                if (value != null && !value.isBlank()) {
                    one.put(part, part.equals("body") || part.equals("summary") ? value : value.strip());
                }
            }
            if (one.containsKey("title")) {
                translations.put(lang, one);
            }
        }
        return translations;
    }

    private static Map<String, String> formOf(Map<String, Object> article) {
        List<String> fields = LANGUAGES.stream()
                .flatMap(l -> PARTS.stream().map(p -> l + "." + p))
                .toList();
        Map<String, Object> translations = new LinkedHashMap<>();
        if (article.get("translations") instanceof Map<?, ?> t) {
            t.forEach((k, v) -> translations.put(String.valueOf(k), v));
        }
        return Forms.flatten(translations, fields);
    }
}
