package org.engagementrubrics.core.agreement.archviolation;

import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ScoringEngine;

/** Test-only classes that break the wall of core.agreement (see the cli's ArchitectureRulesCanFailTest). */
public final class AgreementViolations {

    private AgreementViolations() {
    }

    public static final class UsesScoring {
        ScoringEngine engine;
    }

    public static final class UsesResponses {
        Response response;
    }
}
