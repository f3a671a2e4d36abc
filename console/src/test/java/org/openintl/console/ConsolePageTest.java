package org.openintl.console;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The console through its HTTP interface with a {@link StubGateway} in place of the gateway: each test class keeps a
 * stub of its own (its users and answers) and points the console at it; this base signs in, reads pages and finds
 * what the stub received.
 */
@SpringBootTest(properties = "management.server.port=0")
@AutoConfigureMockMvc
abstract class ConsolePageTest {

    @Autowired
    MockMvc mvc;

    /** The test class's stub. */
    abstract StubGateway gateway();

    /** Signs in through the console's form (the stub issues the token); the session for the next requests. */
    MockHttpSession signIn(String user) throws Exception {
        MvcResult result = mvc.perform(
                        post("/login").with(csrf()).param("username", user).param("password", "right"))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /** A page that must answer 200, as HTML. */
    String page(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The last request of this method and path the stub received. */
    StubGateway.Received last(String method, String path) {
        return gateway().received.stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path))
                .reduce((a, b) -> b)
                .orElseThrow();
    }
}
