package org.engagementrubrics.core.archviolation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.engagementrubrics.cli.RubricCli;
import org.engagementrubrics.examples.Catalog;
import org.engagementrubrics.json.RubricJson;
import org.engagementrubrics.testkit.Gen;
import tools.jackson.databind.json.JsonMapper;

/** Test-only classes that break the walls of rubric-core, one wall each (see the cli's ArchitectureRulesCanFailTest). */
public final class CoreViolations {

    private CoreViolations() {
    }

    public static final class UsesJackson {
        JsonMapper mapper;
    }

    public static final class UsesJacksonAnnotations {
        JsonInclude.Include inclusion;
    }

    public static final class UsesJson {
        RubricJson json;
    }

    public static final class UsesExamples {
        Catalog catalog;
    }

    public static final class UsesTestkit {
        Gen<String> gen;
    }

    public static final class UsesCli {
        RubricCli cli;
    }

    public static final class PrintsToSystemOut {
        void report() {
            System.out.println("scored");
        }
    }

    public static final class PrintsToSystemErr {
        void report() {
            System.err.println("failed");
        }
    }

    public static final class PrintsStackTrace {
        void report(IllegalStateException e) {
            e.printStackTrace();
        }
    }
}
