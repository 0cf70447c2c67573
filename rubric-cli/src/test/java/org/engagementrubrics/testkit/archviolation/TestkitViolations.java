package org.engagementrubrics.testkit.archviolation;

import org.engagementrubrics.cli.RubricCli;
import org.engagementrubrics.examples.Catalog;
import org.engagementrubrics.json.RubricJson;

/** Test-only classes that break the walls of rubric-testkit, one wall each (see the cli's ArchitectureRulesCanFailTest). */
public final class TestkitViolations {

    private TestkitViolations() {
    }

    public static final class UsesJson {
        RubricJson json;
    }

    public static final class UsesAssertj {
        org.assertj.core.api.Assertions assertions;
    }

    public static final class UsesExamples {
        Catalog catalog;
    }

    public static final class UsesCli {
        RubricCli cli;
    }

    public static final class PrintsToSystemOut {
        void report() {
            System.out.println("seed 42");
        }
    }

    public static final class PrintsToSystemErr {
        void report() {
            System.err.println("seed 42");
        }
    }

    public static final class PrintsStackTrace {
        void report(AssertionError e) {
            e.printStackTrace();
        }
    }
}
