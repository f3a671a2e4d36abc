package org.openintl.archgood.thing;

import org.springframework.web.bind.annotation.RestController;

@RestController
public class ThingController {

    private final ThingService service;

    ThingController(ThingService service) {
        this.service = service;
    }
}
