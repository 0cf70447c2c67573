package org.engagementrubrics.cli;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * Whether the program talks to a terminal, for progress lines.
 */
final class Terminal {

    private Terminal() {
    }

    /**
     * Checks for a console. From Java 22 {@link System#console()} may return a console even when the
     * streams are redirected; then {@code Console.isTerminal()} decides.
     *
     * @return true if there is an interactive console
     */
    static boolean isInteractive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // before Java 22: a console means a terminal
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
