package org.engagementrubrics.core.matrix.archviolation;

import org.engagementrubrics.core.coverage.CoverageTally;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.raters.Panel;
import org.engagementrubrics.core.scoring.ScoringEngine;

/** Test-only classes that break the walls of the model (see the cli's ArchitectureRulesCanFailTest). */
public final class ModelViolations {

    private ModelViolations() {
    }

    public static final class UsesScoring {
        ScoringEngine engine;
    }

    public static final class UsesPrivacy {
        SmallCellRule rule;
    }

    public static final class UsesCoverage {
        CoverageTally tally;
    }

    public static final class UsesRaters {
        Panel panel;
    }
}
