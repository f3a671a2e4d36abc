package org.openintl.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** With Keycloak (profile {@code oidc}): the sign-in page links to the provider, which gets a PKCE S256 request. */
@SpringBootTest(
        properties = {
            "management.server.port=0",
            "intl.console.oidc.public-url=https://login.example.edu/realms/intl",
            "intl.console.oidc.internal-url=http://keycloak:8080/realms/intl"
        })
@ActiveProfiles("oidc")
@AutoConfigureMockMvc
class OidcSignInIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theSignInPageSendsTheBrowserToTheProviderWithPkce() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"/oauth2/authorization/intl\"").doesNotContain("id=\"password\"");

        String location = mvc.perform(get("/oauth2/authorization/intl"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location)
                .startsWith("https://login.example.edu/realms/intl/protocol/openid-connect/auth?")
                .contains("response_type=code")
                .contains("client_id=intl-console")
                .contains("code_challenge=")
                .contains("code_challenge_method=S256")
                .contains("redirect_uri=http://localhost/login/oauth2/code/intl");
    }

    @Test
    void theLocalSignInFormIsNotThere() throws Exception {
        mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("username", "admin")
                                .param("password", "x"))
                .andExpect(status().is4xxClientError());
    }
}
