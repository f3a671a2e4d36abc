package org.openintl.console.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openintl.console.api.ApiProblem;
import org.openintl.console.signin.ConsoleUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The signed-in user's name on every page; an API problem no page handled itself shown as an error page. */
@ControllerAdvice
class PageAdvice {

    @ModelAttribute("me")
    String me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return null;
        }
        if (authentication.getPrincipal() instanceof ConsoleUser user) {
            return user.name();
        }
        if (authentication.getPrincipal() instanceof OidcUser user) {
            return user.getPreferredUsername();
        }
        return null;
    }

    @ModelAttribute("path")
    String path(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ExceptionHandler(ApiProblem.class)
    String problem(ApiProblem problem, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (problem.isSignedOut()) {
            // the token expired or was refused: sign in again
            request.getSession().invalidate();
            SecurityContextHolder.clearContext();
            return "redirect:/login?error=expired";
        }
        response.setStatus(problem.status());
        model.addAttribute("problem", problem);
        model.addAttribute("me", me());
        // an exception handler's model has none of the @ModelAttribute values above: the navigation needs the path
        model.addAttribute("path", request.getRequestURI());
        return "problem";
    }
}
