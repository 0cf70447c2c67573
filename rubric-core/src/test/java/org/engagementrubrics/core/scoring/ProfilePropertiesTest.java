package org.engagementrubrics.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagementrubrics.core.matrix.Archetype;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.ProfileCondition;
import org.engagementrubrics.core.matrix.ProfileRule;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Generators;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * The profile of an archetype matrix is what its rules say, evaluated independently: rows counted once
 * per condition, highest rank first, first match wins.
 */
class ProfilePropertiesTest {

    record Case(ArchetypeMatrix matrix, Response response) {
        Set<String> marks() {
            return ((MarkedStatements) response.evidence()).statementIds();
        }
    }

    static Gen<Case> cases() {
        return Generators.archetypeMatrices().flatMap(m -> Generators.response(m).map(r -> new Case(m, r)));
    }

    /** The profile the rules give for the fits of the rows, with set semantics for a condition's columns. */
    static Profile expectedProfile(ArchetypeMatrix matrix, List<Fit> fits) {
        if (matrix.profileRules().isEmpty()) {
            return new Profile.NoRules();
        }
        Map<String, Integer> rowsByColumn = new LinkedHashMap<>();
        matrix.archetypes().forEach(a -> rowsByColumn.put(a.id(), 0));
        int unresolved = 0;
        for (Fit fit : fits) {
            if (fit.columnId().isPresent()) {
                rowsByColumn.merge(fit.columnId().get(), 1, Integer::sum);
            } else {
                unresolved++;
            }
        }
        List<ProfileRule> rules = new ArrayList<>(matrix.profileRules());
        rules.sort((a, b) -> Integer.compare(b.rank(), a.rank()));
        for (ProfileRule rule : rules) {
            boolean holds = true;
            for (ProfileCondition condition : rule.conditions()) {
                Set<String> columns = new HashSet<>(condition.columnIds());
                int in = (int) fits.stream().filter(f -> f.columnId().filter(columns::contains).isPresent()).count();
                int actual = condition.selector() == ProfileCondition.Selector.IN ? in : fits.size() - in;
                holds &= condition.comparison().test(actual, condition.count());
            }
            if (holds) {
                return new Profile.Classified(rule.id(), rule.label().text(), rule.rank());
            }
        }
        return new Profile.Unclassified(rowsByColumn, unresolved);
    }

    @Test
    void theProfileIsTheFirstMatchingRuleFromTheHighestRankDown() {
        Set<Class<?>> seen = new HashSet<>();
        Properties.forAll("profile follows the rules", 500, cases(), c -> {
            for (TiePolicy policy : List.of(TiePolicies.report(), TiePolicies.lowerLevel(), TiePolicies.higherLevel())) {
                ScoringEngine engine = ScoringEngine.defaults().withTiePolicy(policy);
                ArchetypeResult result = engine.score(c.matrix(), c.response());
                List<Fit> fits = new ArrayList<>();
                for (int r = 0; r < c.matrix().dimensions().size(); r++) {
                    var tallies = ScoringOracle.tallies(c.matrix(), c.matrix().dimensions().get(r), c.marks());
                    List<String> top = ScoringOracle.topByCount(tallies);
                    fits.add(policy == TiePolicies.report() ? ScoringOracle.reported(top)
                            : ScoringOracle.resolved(top, tallies, policy == TiePolicies.lowerLevel(), policy.name()));
                }
                assertThat(result.rows()).extracting(RowFit::fit).as("row fits").isEqualTo(fits);
                assertThat(result.rows()).isEqualTo(engine.bestFit(c.matrix(), c.response()).rows());
                assertThat(result.profile()).as("profile with %s", policy.name())
                        .isEqualTo(expectedProfile(c.matrix(), fits));
                seen.add(result.profile().getClass());
            }
        });
        if (Properties.coverageApplies(500)) {
            assertThat(seen).containsExactlyInAnyOrder(Profile.NoRules.class, Profile.Classified.class,
                    Profile.Unclassified.class);
        }
    }

    @Test
    void unclassifiedCountsAddUpToTheRows() {
        Properties.forAll("unclassified counts add up", 300, cases(), c -> {
            ArchetypeResult result = ScoringEngine.defaults().score(c.matrix(), c.response());
            if (result.profile() instanceof Profile.Unclassified unclassified) {
                assertThat(unclassified.rowsByColumn().keySet())
                        .containsExactlyElementsOf(c.matrix().archetypes().stream().map(Archetype::id).toList());
                int placed = unclassified.rowsByColumn().values().stream().mapToInt(Integer::intValue).sum();
                assertThat(placed + unclassified.unresolvedRows()).isEqualTo(c.matrix().dimensions().size());
            }
        });
    }
}
