package org.openintl.console.partnerships;

import java.util.ArrayList;
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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The MOE record (教育部审批信息) of a joint program or institute and its evaluations. The API has no endpoint of its
 * own for it: the record is {@code details.program} of the partnership, replaced with {@code PUT} and
 * {@code If-Match} like the rest of the details, which are sent back as they were.
 */
@Controller
class MoeRecordController {

    /** The record's fields as the API names them (form fields carry the same dotted names, so errors land beside them). */
    static final List<String> FIELDS = List.of(
            "program.approvalNumber",
            "program.level",
            "program.majors",
            "program.annualQuota",
            "program.enrolmentStartYear",
            "program.enrolmentEndYear",
            "program.approvalExpiry");

    /** The evaluation the form adds (blank: none). */
    static final List<String> NEW_EVALUATION =
            List.of("program.evaluations.year", "program.evaluations.result", "program.evaluations.nextDueDate");

    static final List<String> LEVELS = List.of("JUNIOR_COLLEGE", "BACHELOR", "MASTER", "DOCTORAL");

    static final List<String> RESULTS = List.of("QUALIFIED", "CONDITIONALLY_QUALIFIED", "UNQUALIFIED");

    private static final List<String> NUMBERS =
            List.of("program.annualQuota", "program.enrolmentStartYear", "program.enrolmentEndYear");

    private final GatewayApi api;

    MoeRecordController(GatewayApi api) {
        this.api = api;
    }

    @GetMapping("/partnerships/{id}/program")
    String edit(@PathVariable UUID id, Model model) {
        ApiResult partnership = api.get("/api/partnerships/" + id);
        model.addAttribute("form", formOf(partnership.body()));
        model.addAttribute("etag", partnership.etag());
        show(id, partnership.body(), model);
        return "partnerships/program";
    }

    @PostMapping("/partnerships/{id}/program")
    String update(
            @PathVariable UUID id, @RequestParam Map<String, String> form, @RequestParam String etag, Model model) {
        ApiResult current = api.get("/api/partnerships/" + id);
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> details =
                    new LinkedHashMap<>((Map<String, Object>) current.body().get("details"));
            details.put("program", program(form, evaluationsOf(current.body())));
            api.put("/api/partnerships/" + id, details, etag);
            return "redirect:/partnerships/" + id + "?saved";
        } catch (ApiProblem refused) {
            ApiProblem problem = besideTheNewEvaluation(
                    refused, evaluationsOf(current.body()).size());
            // the evaluation being added is no field of the record: it never shows as changed meanwhile
            ApiResult now = FormRefusal.edit(
                    model, problem, form, etag, () -> api.get("/api/partnerships/" + id), MoeRecordController::formOf);
            show(id, (now == null ? current : now).body(), model);
            return "partnerships/program";
        }
    }

    /**
     * The API names an error in an evaluation by its place in the list ({@code program.evaluations[2]},
     * {@code program.evaluations[2].year}); the one the form added is at {@code added}, and its errors go beside the
     * form's fields for it ({@code program.evaluations}, {@code program.evaluations.year}).
     */
    static ApiProblem besideTheNewEvaluation(ApiProblem problem, int added) {
        String prefix = "program.evaluations[" + added + "]";
        Map<String, String> fields = new LinkedHashMap<>();
        problem.fieldErrors()
                .forEach((field, message) -> fields.merge(
                        field.startsWith(prefix) ? "program.evaluations" + field.substring(prefix.length()) : field,
                        message,
                        (a, b) -> a + "; " + b));
        return new ApiProblem(
                problem.status(), problem.type(), problem.title(), problem.detail(), fields, problem.allowed());
    }

    private void show(UUID id, Map<String, Object> partnership, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("p", partnership);
        model.addAttribute("evaluations", evaluationsOf(partnership));
        model.addAttribute("levels", LEVELS);
        model.addAttribute("results", RESULTS);
    }

    /** The API's {@code program}: the form's record, the evaluations as they were and the one the form adds. */
    private static Map<String, Object> program(Map<String, String> form, List<Object> evaluations) {
        Map<String, Object> body = Forms.json(
                form,
                FIELDS.stream()
                        .filter(f -> !NUMBERS.contains(f) && !f.equals("program.majors"))
                        .toList());
        NUMBERS.forEach(f -> number(form.get(f)).ifPresent(n -> Forms.put(body, f, n)));
        List<String> majors = Arrays.stream(
                        form.getOrDefault("program.majors", "").split("[,;，；\\n]"))
                .map(String::strip)
                .filter(m -> !m.isEmpty())
                .toList();
        Forms.put(body, "program.majors", majors);
        List<Object> all = new ArrayList<>(evaluations);
        if (NEW_EVALUATION.stream().anyMatch(f -> !form.getOrDefault(f, "").isBlank())) {
            Map<String, Object> evaluation = new LinkedHashMap<>();
            number(form.get("program.evaluations.year")).ifPresent(n -> evaluation.put("year", n));
            String result = form.getOrDefault("program.evaluations.result", "").strip();
            if (!result.isEmpty()) {
                evaluation.put("result", result);
            }
            String due =
                    form.getOrDefault("program.evaluations.nextDueDate", "").strip();
            if (!due.isEmpty()) {
                evaluation.put("nextDueDate", due);
            }
            all.add(evaluation);
        }
        Forms.put(body, "program.evaluations", all);
        @SuppressWarnings("unchecked")
        Map<String, Object> program = (Map<String, Object>) body.get("program");
        return program;
    }

    /** A number when it is one; otherwise the text as typed, for the API to refuse beside the field. */
    private static java.util.Optional<Object> number(String value) {
        if (value == null || value.isBlank()) {
            return java.util.Optional.empty();
        }
        String v = value.strip();
        return java.util.Optional.of(v.matches("-?\\d{1,9}") ? Integer.valueOf(v) : v);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> evaluationsOf(Map<String, Object> partnership) {
        Map<String, Object> details = (Map<String, Object>) partnership.getOrDefault("details", Map.of());
        if (details.get("program") instanceof Map<?, ?> program
                && program.get("evaluations") instanceof List<?> evaluations) {
            return new ArrayList<>(evaluations);
        }
        return new ArrayList<>();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> formOf(Map<String, Object> partnership) {
        Map<String, Object> details = (Map<String, Object>) partnership.getOrDefault("details", Map.of());
        Map<String, String> form = Forms.flatten(details, FIELDS);
        if (details.get("program") instanceof Map<?, ?> program && program.get("majors") instanceof List<?> majors) {
            form.put(
                    "program.majors",
                    String.join(", ", majors.stream().map(String::valueOf).toList()));
        }
        return form;
    }
}
