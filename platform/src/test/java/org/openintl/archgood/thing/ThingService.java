package org.openintl.archgood.thing;

import org.springframework.stereotype.Service;

@Service
public class ThingService {

    private final ThingRepository repository;

    ThingService(ThingRepository repository) {
        this.repository = repository;
    }

    Thing rename(Thing thing, String name) {
        repository.named(name);
        return thing.rename(name);
    }
}
