package org.engagementrubrics.core.raters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.agreement.AgreementResult;
import org.engagementrubrics.core.agreement.AlphaInterval;
import org.engagementrubrics.core.agreement.Bootstrap;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.Dimension;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.testkit.AnalysisGenerators;
import org.engagementrubrics.testkit.Fixtures;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Properties;
import org.engagementrubrics.testkit.Sizes;
import org.junit.jupiter.api.Test;

/**
 * Invariants of panels, their aggregation and their agreement reports over generated panels of raters.
 */
class PanelPropertiesTest {

    private static final int CASES = 120;
    private static final Bootstrap QUICK = Bootstrap.of(30, 5L);

    /** A generated panel: the instrument and the responses in the order given. */
    record Generated(Instrument instrument, List<Response> responses) {
        Panel panel() {
            return ConsensusTest.panel(instrument, responses.toArray(new Response[0]));
        }
    }

    /** Panels of an instrument from the kit: up to 3 subjects rated by 2 to 5 raters who lean towards agreeing. */
    static Gen<Generated> panels(Instrument instrument) {
        return panels(instrument, Sizes.typical());
    }

    static Gen<Generated> panels(Instrument instrument, Sizes sizes) {
        return AnalysisGenerators.panelResponses(instrument, sizes).map(responses -> new Generated(instrument, responses));
    }

    static Gen<Generated> anyPanel() {
        return Gen.oneOf(panels(Fixtures.fourVersions()), panels(Fixtures.conditions()));
    }

    @Test
    void everyFigureIsEqualInAnyOrderOfResponses() {
        Gen<List<Generated>> twice = anyPanel().flatMap(g -> random -> List.of(g,
                new Generated(g.instrument(), Gen.shuffle(g.responses(), random))));
        Properties.forAll("figures do not depend on the order of responses", CASES, twice, pair -> {
            Panel one = pair.get(0).panel();
            Panel other = pair.get(1).panel();
            assertThat(Consensus.of(other)).isEqualTo(Consensus.of(one));
            assertThat(AgreementReport.of(other, QUICK)).isEqualTo(AgreementReport.of(one, QUICK));
        });
    }

    @Test
    void agreementIsEqualUnderAnyRenamingOfRatersAndUnitFiguresUnderAnyOrderOfUnits() {
        Gen<List<Generated>> renamed = panels(Fixtures.fourVersions())
                .flatMap(g -> random -> {
                    List<Integer> names = Gen.shuffle(List.of(0, 1, 2, 3, 4), random);
                    List<Response> responses = new ArrayList<>();
                    for (Response response : g.responses()) {
                        int rater = Integer.parseInt(response.raterId().substring("rater-".length()));
                        responses.add(new Response(response.id(), response.instrumentId(),
                                response.instrumentVersion(), "rater-" + names.get(rater), response.subjectId(),
                                response.recordedAt(), response.evidence(), response.extensions()));
                    }
                    return List.of(g, new Generated(reversedRows((ArchetypeMatrix) g.instrument()), responses));
                });
        Properties.forAll("agreement does not depend on rater names or unit order", CASES, renamed, pair -> {
            Panel one = pair.get(0).panel();
            Panel other = pair.get(1).panel();
            AgreementReport a = AgreementReport.of(one, QUICK);
            AgreementReport b = AgreementReport.of(other, QUICK);
            assertThat(b.overall()).isEqualTo(a.overall());
            assertThat(b.subjects()).isEqualTo(a.subjects());
            Consensus x = Consensus.of(one);
            Consensus y = Consensus.of(other);
            for (int s = 0; s < x.subjects().size(); s++) {
                Map<String, List<Object>> byUnit = new TreeMap<>();
                for (UnitConsensus unit : x.subjects().get(s).units()) {
                    byUnit.put(unit.unitId(), List.of(unit.distribution(), unit.missing(), unit.summary(),
                            unit.farFromMedian().size()));
                }
                Map<String, List<Object>> reordered = new TreeMap<>();
                for (UnitConsensus unit : y.subjects().get(s).units()) {
                    reordered.put(unit.unitId(), List.of(unit.distribution(), unit.missing(), unit.summary(),
                            unit.farFromMedian().size()));
                }
                assertThat(reordered).isEqualTo(byUnit);
            }
        });
    }

    private static ArchetypeMatrix reversedRows(ArchetypeMatrix matrix) {
        List<Dimension> rows = new ArrayList<>(matrix.rows());
        Collections.reverse(rows);
        return new ArchetypeMatrix(matrix.id(), matrix.version(), matrix.title(), matrix.source(), matrix.errata(),
                matrix.extensions(), matrix.instructions(), matrix.archetypes(), rows, matrix.profileRules());
    }

    @Test
    void identicalRatersWithVariationAgreePerfectly() {
        Gen<Generated> copies = anyPanel().map(g -> {
            // per subject, its first response given by three raters
            Map<String, Response> first = new TreeMap<>();
            g.responses().forEach(response -> first.putIfAbsent(response.subjectId(), response));
            List<Response> responses = new ArrayList<>();
            for (Response response : first.values()) {
                for (int copy = 0; copy < 3; copy++) {
                    responses.add(new Response(response.id() + "-" + copy, response.instrumentId(),
                            response.instrumentVersion(), "rater-" + copy, response.subjectId(),
                            response.recordedAt(), response.evidence(), response.extensions()));
                }
            }
            return new Generated(g.instrument(), responses);
        });
        Map<String, Integer> seen = new TreeMap<>();
        Properties.forAll("identical raters agree perfectly", CASES, copies, g -> {
            AgreementReport report = AgreementReport.of(g.panel(), QUICK);
            List<AgreementFigures> all = new ArrayList<>(report.subjects());
            all.add(report.overall());
            for (AgreementFigures figures : all) {
                for (AlphaReport alpha : figures.alphas()) {
                    if (alpha.alpha() instanceof AgreementResult.Estimate) {
                        assertThat(((AgreementResult.Estimate) alpha.alpha()).value()).isEqualTo(1.0);
                        assertThat(((AlphaInterval.Percentile) alpha.interval()).lower()).isEqualTo(1.0);
                        seen.merge("estimate", 1, Integer::sum);
                    }
                }
            }
        });
        if (Properties.coverageApplies(CASES)) {
            assertThat(seen).containsKey("estimate");
        }
    }

    @Test
    void withTwoRatersAThirdCopyingOneOfThemNeverRaisesObservedDisagreement() {
        Gen<Generated> pairs = panels(Fixtures.conditions(), Sizes.typical().withPanel(2, 3))
                .filter(g -> !g.responses().isEmpty());
        Map<String, Integer> seen = new TreeMap<>();
        Properties.forAll("a copy of one of two raters never raises D_o", CASES, pairs, g -> {
            String copied = g.responses().get(0).raterId();
            List<Response> withCopy = new ArrayList<>(g.responses());
            for (Response response : g.responses()) {
                if (response.raterId().equals(copied)) {
                    withCopy.add(new Response(response.id() + "-copy", response.instrumentId(),
                            response.instrumentVersion(), "copy", response.subjectId(), response.recordedAt(),
                            response.evidence(), response.extensions()));
                }
            }
            AgreementFigures before = AgreementReport.of(g.panel(), QUICK).overall();
            AgreementFigures after = AgreementReport.of(new Generated(g.instrument(), withCopy).panel(), QUICK).overall();
            // interval alpha (index 1): its distances are fixed; ordinal distances move with the added values
            AgreementResult was = before.alphas().get(1).alpha();
            AgreementResult is = after.alphas().get(1).alpha();
            if (was instanceof AgreementResult.Estimate && is instanceof AgreementResult.Estimate) {
                assertThat(((AgreementResult.Estimate) is).observedDisagreement())
                        .isLessThanOrEqualTo(((AgreementResult.Estimate) was).observedDisagreement() + 1e-12);
                seen.merge("compared", 1, Integer::sum);
            }
        });
        if (Properties.coverageApplies(CASES)) {
            assertThat(seen).containsKey("compared");
        }
    }
}
