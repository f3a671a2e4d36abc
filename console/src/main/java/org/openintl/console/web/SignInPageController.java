package org.openintl.console.web;

import org.openintl.console.ConsoleProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page: a user name and password form (local issuer) or a link to the identity provider (OIDC). */
@Controller
class SignInPageController {

    private final ConsoleProperties properties;

    SignInPageController(ConsoleProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Model model) {
        model.addAttribute("oidc", properties.signIn() == ConsoleProperties.SignIn.OIDC);
        model.addAttribute(
                "error",
                error == null
                        ? null
                        : switch (error) {
                            case "throttled", "unavailable", "expired" -> error;
                            default -> "bad";
                        });
        return "login";
    }
}
