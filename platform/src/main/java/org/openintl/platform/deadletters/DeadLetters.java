package org.openintl.platform.deadletters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openintl.platform.events.EventIntake;
import org.openintl.platform.events.EventSubscription;
import org.openintl.platform.events.EventSubscriptions;
import org.openintl.platform.events.InvalidEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This service's dead letters per consumed topic: listed with their last replay, and replayed through the very
 * {@link EventIntake} a live record meets, so a replay is held to the same checks. A replay that is refused again is
 * recorded as {@code REJECTED} and stays on the topic; it is never dead-lettered a second time.
 */
public final class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final EventSubscriptions subscriptions;
    private final DeadLetterTopic topics;
    private final DeadLetterReplays replays;
    private final EventIntake intake;

    public DeadLetters(
            EventSubscriptions subscriptions, DeadLetterTopic topics, DeadLetterReplays replays, EventIntake intake) {
        this.subscriptions = subscriptions;
        this.topics = topics;
        this.replays = replays;
        this.intake = intake;
    }

    /** The consumed topics, or empty when this service does not consume {@code topic}. */
    public List<String> topics() {
        return subscriptions.all().stream().map(EventSubscription::topic).toList();
    }

    public Optional<List<DeadLetter>> list(String topic) {
        return subscriptions
                .find(topic)
                .map(s -> entries(s).stream().map(DeadLetterTopic.Entry::letter).toList());
    }

    /** Replays one dead letter; empty when the topic or the letter is unknown. */
    public Optional<DeadLetter> replay(String topic, String id) {
        return subscriptions
                .find(topic)
                .flatMap(s -> entries(s).stream()
                        .filter(e -> e.letter().id().equals(id))
                        .findFirst()
                        .map(e -> replay(s, e)));
    }

    /** Replays every dead letter of the topic that no earlier replay settled, oldest first. */
    public Optional<List<DeadLetter>> replayAll(String topic) {
        return subscriptions.find(topic).map(s -> {
            List<DeadLetter> done = new ArrayList<>();
            for (DeadLetterTopic.Entry e : entries(s)) {
                if (e.letter().replay() == null
                        || !e.letter().replay().outcome().settles()) {
                    done.add(replay(s, e));
                }
            }
            return done;
        });
    }

    private List<DeadLetterTopic.Entry> entries(EventSubscription<?> subscription) {
        Map<String, DeadLetter.Replay> known = replays.of(subscription.topic());
        return topics.read(subscription.topic(), subscription.group()).stream()
                .map(e -> new DeadLetterTopic.Entry(
                        e.letter().withReplay(known.get(e.letter().id())), e.original()))
                .toList();
    }

    private DeadLetter replay(EventSubscription<?> subscription, DeadLetterTopic.Entry entry) {
        DeadLetter.Outcome outcome;
        String detail = null;
        try {
            outcome = intake.accept(entry.original(), subscription) == EventIntake.Outcome.APPLIED
                    ? DeadLetter.Outcome.APPLIED
                    : DeadLetter.Outcome.SKIPPED;
        } catch (InvalidEventException e) {
            outcome = DeadLetter.Outcome.REJECTED;
            detail = e.getMessage();
        } catch (RuntimeException e) {
            log.warn("Replay of dead letter {} of {} failed", entry.letter().id(), subscription.topic(), e);
            outcome = DeadLetter.Outcome.FAILED;
            detail = e.getClass().getName() + ": " + e.getMessage();
        }
        log.info("Replayed dead letter {} of {}: {}", entry.letter().id(), subscription.topic(), outcome);
        return entry.letter()
                .withReplay(replays.record(subscription.topic(), entry.letter().id(), outcome, detail));
    }
}
