package org.openintl.archbad.b;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.RestController;

/** Breaks the rules on purpose: calls the repository, and is field-injected. */
@RestController
public class ThingController {
    @Autowired
    ThingRepository repository;
}
