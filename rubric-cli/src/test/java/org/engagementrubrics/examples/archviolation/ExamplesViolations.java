package org.engagementrubrics.examples.archviolation;

import java.io.PrintWriter;
import java.io.Writer;
import org.engagementrubrics.cli.RubricCli;
import org.engagementrubrics.testkit.Gen;
import picocli.CommandLine;

/** Test-only classes that break the walls of rubric-examples, one wall each (see the cli's ArchitectureRulesCanFailTest). */
public final class ExamplesViolations {

    private ExamplesViolations() {
    }

    public static final class UsesCli {
        RubricCli cli;
    }

    public static final class UsesTestkit {
        Gen<String> gen;
    }

    public static final class UsesPicocli {
        CommandLine commandLine;
    }

    public static final class PrintsToSystemOut {
        void report() {
            System.out.println("catalog loaded");
        }
    }

    public static final class PrintsToSystemErr {
        void report() {
            System.err.println("catalog missing");
        }
    }

    public static final class PrintsStackTrace {
        void report(RuntimeException e) {
            e.printStackTrace(new PrintWriter(Writer.nullWriter()));
        }
    }

    /** Named main but an instance method: not a program's entry point, so its printing is a breach. */
    public static final class PrintsInAnInstanceMain {
        public void main(String[] args) {
            System.out.println("scored");
        }
    }

    /** A runnable program: its entry point may print, and nothing else here does. */
    public static final class RunnableProgram {
        public static void main(String[] args) {
            System.out.println("scored");
        }
    }
}
