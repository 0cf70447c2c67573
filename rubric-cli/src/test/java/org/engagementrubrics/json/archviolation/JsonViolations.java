package org.engagementrubrics.json.archviolation;

import org.engagementrubrics.cli.RubricCli;
import org.engagementrubrics.core.internal.CanonicalEncoder;
import org.engagementrubrics.examples.Catalog;
import org.engagementrubrics.testkit.Gen;

/** Test-only classes that break the walls of rubric-json, one wall each (see the cli's ArchitectureRulesCanFailTest). */
public final class JsonViolations {

    private JsonViolations() {
    }

    public static final class UsesExamples {
        Catalog catalog;
    }

    public static final class UsesCli {
        RubricCli cli;
    }

    public static final class UsesTestkit {
        Gen<String> gen;
    }

    public static final class UsesCoreInternal {
        CanonicalEncoder encoder;
    }

    public static final class PrintsToSystemOut {
        void report() {
            System.out.println("written");
        }
    }

    public static final class PrintsToSystemErr {
        void report() {
            System.err.println("unreadable");
        }
    }

    public static final class PrintsStackTrace {
        void report(java.io.UncheckedIOException e) {
            e.printStackTrace();
        }
    }
}
