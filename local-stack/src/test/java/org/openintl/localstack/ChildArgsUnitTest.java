package org.openintl.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openintl.localstack.child.ChildArgs;

class ChildArgsUnitTest {

    @Test
    void readsNamedValuesWithDefaults() {
        ChildArgs args = ChildArgs.parse("--port=1234", "--data-dir=/d", "--parent-pid=7");

        assertThat(args.port("port", 9092)).isEqualTo(1234);
        assertThat(args.port("controller-port", 9093)).isEqualTo(9093);
        assertThat(args.path("data-dir", Path.of("x"))).isEqualTo(Path.of("/d"));
        assertThat(args.parentPid()).hasValue(7);
    }

    @Test
    void hasNoParentUnlessOneIsGiven() {
        assertThat(ChildArgs.parse().parentPid()).isEmpty();
    }

    @Test
    void rejectsPositionalArguments() {
        assertThatIllegalArgumentException().isThrownBy(() -> ChildArgs.parse("9092"));
    }

    @Test
    void rejectsPortsOutOfRange() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ChildArgs.parse("--port=70000").port("port", 1));
    }
}
