package org.openintl.systemtests;

import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Starts the system before the first system test class and keeps it in the root store, which JUnit closes once,
 * after the last test of the run. A failed test prints the tails of the process logs so that a CI log shows why.
 */
final class SystemExtension implements BeforeAllCallback, ParameterResolver, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(SystemExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        system(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SystemUnderTest.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return system(context);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        SystemUnderTest.ifStarted()
                .ifPresent(system -> LogTails.print(system.stack().logsDir(), 40, context.getDisplayName()));
    }

    private static SystemUnderTest system(ExtensionContext context) {
        // a failed start is remembered by SystemUnderTest, so later classes fail at once instead of starting again
        return context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(RunScope.class, key -> new RunScope(SystemUnderTest.obtain()), RunScope.class)
                .system();
    }

    /** Closed by JUnit when the root context ends, i.e. after every test class of the run. */
    private record RunScope(SystemUnderTest system) implements AutoCloseable {
        @Override
        public void close() {
            Optional.ofNullable(system).ifPresent(SystemUnderTest::close);
        }
    }
}
