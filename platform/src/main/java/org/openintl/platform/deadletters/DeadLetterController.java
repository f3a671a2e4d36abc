package org.openintl.platform.deadletters;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openintl.access.ProblemType;
import org.openintl.platform.domain.NotFoundException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * ADMIN only (the path lies in no area of the access rules, and the gateway's rule for {@code /api/admin/**} names
 * ADMIN alone): the dead letters of this service, named in the path so the gateway can route by it (ADR 0441).
 */
@RestController
@RequestMapping("/api/admin/dead-letters/${spring.application.name}")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    record Topics(List<String> topics) {}

    record Listing(String topic, int total, List<DeadLetter> items) {}

    record Replayed(String topic, int replayed, Map<DeadLetter.Outcome, Integer> outcomes, List<DeadLetter> items) {}

    @GetMapping
    Topics topics() {
        return new Topics(deadLetters.topics());
    }

    @GetMapping("/{topic}")
    Listing list(@PathVariable String topic) {
        List<DeadLetter> items = deadLetters.list(topic).orElseThrow(() -> unknownTopic(topic));
        return new Listing(topic, items.size(), items);
    }

    /** 200 with the letter when the replay applied or skipped it; 422 when it is still invalid. */
    @PostMapping("/{topic}/{id}/replay")
    ResponseEntity<Object> replay(@PathVariable String topic, @PathVariable String id) {
        if (deadLetters.list(topic).isEmpty()) {
            throw unknownTopic(topic);
        }
        DeadLetter letter = deadLetters
                .replay(topic, id)
                .orElseThrow(() -> new NotFoundException("Dead letter", id + " of " + topic));
        if (letter.replay().outcome().settles()) {
            return ResponseEntity.ok(letter);
        }
        ProblemType type = letter.replay().outcome() == DeadLetter.Outcome.REJECTED
                ? ProblemType.INVALID_EVENT
                : ProblemType.INTERNAL;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatusCode.valueOf(type.status()), letter.replay().detail());
        problem.setType(type.uri());
        problem.setTitle(type.title());
        problem.setProperty("deadLetter", letter);
        return ResponseEntity.status(type.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @PostMapping("/{topic}/replay")
    Replayed replayAll(@PathVariable String topic) {
        List<DeadLetter> items = deadLetters.replayAll(topic).orElseThrow(() -> unknownTopic(topic));
        Map<DeadLetter.Outcome, Integer> outcomes = new EnumMap<>(DeadLetter.Outcome.class);
        items.forEach(l -> outcomes.merge(l.replay().outcome(), 1, Integer::sum));
        return new Replayed(topic, items.size(), outcomes, items);
    }

    private static NotFoundException unknownTopic(String topic) {
        return new NotFoundException("Consumed topic", topic);
    }
}
