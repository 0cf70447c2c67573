package org.engagementrubrics.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.agreement.Bootstrap;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.raters.AgreementReport;
import org.engagementrubrics.core.raters.Consensus;
import org.engagementrubrics.core.raters.Panel;
import org.engagementrubrics.core.InstrumentKind;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 4: the aggregate and agreement report of any panel, on any instrument kind, pass their
 * JSON Schema, read back equal and write back to the same bytes.
 */
@DisplayName("issue 11 item 4: panels through their JSON form")
class PanelJsonPropertiesTest {

    private static final RubricJson JSON = RubricJson.defaults();

    /** A panel of up to four raters on up to three subjects, and the seed of its bootstrap. */
    record Case(Panel panel, long seed) {
    }

    private static Gen<Case> cases() {
        // a points rubric has no panel reading (each criterion has its own levels): Panel refuses it
        return Generators.instruments().filter(instrument -> instrument.kind() != InstrumentKind.POINTS_RUBRIC).flatMap(instrument -> Generators.responses(instrument, 1, 12)
                .flatMap(list -> random -> {
                    Panel.Builder builder = Panel.builder(ScoringEngine.defaults(), instrument);
                    for (int i = 0; i < list.size(); i++) {
                        Response r = list.get(i);
                        builder.add(new Response("r-" + i, r.instrumentId(), r.instrumentVersion(),
                                "rater-" + random.nextInt(4), "subject-" + random.nextInt(3),
                                Instant.parse("2026-10-01T15:00:00Z").plusSeconds(random.nextInt(5)), r.evidence(),
                                r.extensions()));
                    }
                    return new Case(builder.build(), random.nextLong());
                }));
    }

    private static void roundTrips(Object value, String kind) {
        String text = value instanceof Consensus c ? JSON.write(c) : JSON.write((AgreementReport) value);
        assertThat(SchemaTest.validate(kind, text)).as("schema errors of %s", kind).isEmpty();
        Object back = value instanceof Consensus ? JSON.readConsensus(text, kind + ".json")
                : JSON.readAgreementReport(text, kind + ".json");
        assertThat(back).isEqualTo(value);
        assertThat(back instanceof Consensus c ? JSON.write(c) : JSON.write((AgreementReport) back)).isEqualTo(text);
    }

    @Test
    void everyAggregateAndAgreementReportReadsBackEqualAndWritesTheSameBytes() {
        Properties.forAll("panels through JSON", 60, cases(), c -> {
            roundTrips(Consensus.of(c.panel()), "consensus");
            roundTrips(Consensus.of(c.panel(), SmallCellRule.off()), "consensus");
            roundTrips(AgreementReport.of(c.panel(), Bootstrap.of(20, c.seed())), "agreement-report");
            for (String subject : c.panel().subjects()) {
                roundTrips(AgreementReport.of(c.panel().only(subject), Bootstrap.of(5, c.seed()).withLevel(0.5)),
                        "agreement-report");
            }
        });
    }
}
