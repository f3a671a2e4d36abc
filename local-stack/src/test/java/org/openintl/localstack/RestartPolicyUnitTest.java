package org.openintl.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RestartPolicyUnitTest {

    @Test
    void backOffDoublesUpToTheMaximum() {
        RestartPolicy policy = RestartPolicy.DEFAULT;

        assertThat(IntStream.rangeClosed(1, 7).mapToObj(policy::backoff))
                .containsExactly(
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(4),
                        Duration.ofSeconds(8),
                        Duration.ofSeconds(16),
                        Duration.ofSeconds(30),
                        Duration.ofSeconds(30));
    }

    @Test
    void givesUpAfterTheAllowedRestartsInARow() {
        RestartPolicy policy = RestartPolicy.DEFAULT;

        assertThat(policy.givesUp(5)).isFalse();
        assertThat(policy.givesUp(6)).isTrue();
        assertThat(RestartPolicy.NEVER.givesUp(1)).isTrue();
    }
}
