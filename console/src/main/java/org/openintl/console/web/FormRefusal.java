package org.openintl.console.web;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.openintl.console.api.ApiProblem;
import org.openintl.console.api.ApiResult;
import org.springframework.ui.Model;

/**
 * What every form page does when the API refuses what was submitted: the form comes back with the user's values and
 * the problem beside the fields; after a 412 it also lists the fields someone changed meanwhile and takes the record's
 * new {@code ETag}, so saving again overwrites the newer version knowingly. A 401 (sign in again) and a 5xx (the
 * error page) are not the form's to show and are thrown on to {@code PageAdvice}.
 */
public final class FormRefusal {

    private FormRefusal() {}

    /** A create refused: the form again, with the same idempotency key so a second try still makes one record. */
    public static void create(Model model, ApiProblem problem, Map<String, String> form, UUID key) {
        shown(model, problem, form);
        model.addAttribute("key", key);
    }

    /**
     * An edit refused.
     *
     * @param now reads the record as it is now (only after a 412)
     * @param formOf the record as the form's fields
     * @return the record as it is now after a 412, else {@code null}
     */
    public static ApiResult edit(
            Model model,
            ApiProblem problem,
            Map<String, String> form,
            String etag,
            Supplier<ApiResult> now,
            Function<Map<String, Object>, Map<String, String>> formOf) {
        shown(model, problem, form);
        model.addAttribute("etag", etag);
        if (!problem.isStale()) {
            return null;
        }
        ApiResult current = now.get();
        model.addAttribute("changes", StaleEdit.between(form, formOf.apply(current.body())));
        model.addAttribute("etag", current.etag());
        return current;
    }

    private static void shown(Model model, ApiProblem problem, Map<String, String> form) {
        if (problem.isSignedOut() || problem.status() >= 500) {
            throw problem;
        }
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
    }
}
