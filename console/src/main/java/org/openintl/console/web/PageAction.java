package org.openintl.console.web;

import java.util.List;
import java.util.Map;
import org.openintl.console.api.ApiProblem;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A button on a record's page (a move, a filed document): back to that page, with "done" or the API's refusal (its
 * detail and the fields it named) shown there. A 401 ends the session as everywhere ({@code PageAdvice}).
 */
public final class PageAction {

    private PageAction() {}

    public static String thenBack(String page, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", true);
        } catch (ApiProblem problem) {
            if (problem.isSignedOut()) {
                throw problem;
            }
            redirect.addFlashAttribute("refused", problem.detail());
            redirect.addFlashAttribute("refusedFields", problem.fieldErrors());
        }
        return "redirect:" + page;
    }

    /**
     * A submitted value that becomes a segment of the API's path (a document's type): only one the page offered, so
     * that a crafted form cannot point the call elsewhere ({@code ../}); anything else is a 400 page.
     */
    public static String oneOf(String value, List<String> offered) {
        if (!offered.contains(value)) {
            throw new ApiProblem(
                    400, "about:blank", "Bad Request", "Not one of " + offered + ": " + value, Map.of(), List.of());
        }
        return value;
    }
}
