package org.engagementrubrics.core.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagementrubrics.core.matrix.Archetype;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.ProfileCondition;
import org.engagementrubrics.core.matrix.ProfileRule;
import org.engagementrubrics.core.response.Response;

/**
 * Scores an archetype matrix: the best fit of every dimension, then the school's profile from the profile
 * rules, evaluated from the highest rank down; the first rule whose conditions all hold, with at least its
 * minimum of resolved rows, classifies.
 *
 * <p>The rules are put in rank order, and each condition's distinct columns and wording are made, once.
 * This class is immutable and thread-safe.
 */
final class ArchetypeScorer extends InstrumentScorer<ArchetypeMatrix, ArchetypeResult> {

    /** A profile condition ready to test: its columns (each counted once), selector, bound and wording. */
    private record ConditionCheck(ProfileCondition condition, List<String> columns, String wording) {
    }

    /** A profile rule with its conditions ready to test. */
    private record RuleCheck(ProfileRule rule, String label, List<ConditionCheck> conditions) {
    }

    private final BestFitScorer bestFit;
    private final List<String> archetypeIds;
    private final List<RuleCheck> rules;
    private final String title;

    ArchetypeScorer(ArchetypeMatrix matrix, GuardedTiePolicy ties) {
        super(matrix);
        this.bestFit = new BestFitScorer(matrix, ties, check());
        this.archetypeIds = matrix.archetypes().stream().map(Archetype::id).toList();
        List<ProfileRule> sorted = new ArrayList<>(matrix.profileRules());
        sorted.sort((a, b) -> Integer.compare(b.rank(), a.rank()));
        Map<String, String> labels = bestFit.columnLabels();
        List<RuleCheck> checks = new ArrayList<>();
        for (ProfileRule rule : sorted) {
            List<ConditionCheck> conditions = new ArrayList<>();
            for (ProfileCondition condition : rule.conditions()) {
                conditions.add(new ConditionCheck(condition, List.copyOf(new LinkedHashSet<>(condition.columnIds())),
                        Explanations.profileCondition(condition, labels)));
            }
            checks.add(new RuleCheck(rule, rule.label().text(), List.copyOf(conditions)));
        }
        this.rules = List.copyOf(checks);
        this.title = matrix.title().text();
    }

    @Override
    ArchetypeResult score(InstrumentRef ref, Response response) {
        MatrixResult fits = bestFit.score(ref, response);
        Map<String, Integer> rowsByColumn = new LinkedHashMap<>();
        archetypeIds.forEach(id -> rowsByColumn.put(id, 0));
        int unresolved = 0;
        for (RowFit row : fits.rows()) {
            Optional<String> column = row.fit().columnId();
            if (column.isPresent()) {
                rowsByColumn.merge(column.get(), 1, Integer::sum);
            } else {
                unresolved++;
            }
        }
        int rowCount = fits.rows().size();
        int unresolvedRows = unresolved;
        Profile profile = classify(rowsByColumn, unresolved, rowCount, null);
        Explanation explanation = Explanation.lazy(() -> {
            // the rule checks are written by testing the rules again, now with their wording
            List<String> ruleChecks = new ArrayList<>();
            classify(rowsByColumn, unresolvedRows, rowCount, ruleChecks);
            String headline = Explanations.profile(profile, rowsByColumn, bestFit.columnLabels());
            return Explanations.archetypes(title, headline, ruleChecks, fits);
        });
        return new ArchetypeResult(fits.instrument(), fits.responseId(), fits.subjectId(), fits.raterId(), fits.rows(),
                profile, explanation);
    }

    /**
     * Classifies from the rows per best-fit column; with {@code ruleChecks} not null, adds the wording of
     * every rule tested.
     */
    private Profile classify(Map<String, Integer> rowsByColumn, int unresolved, int rowCount, List<String> ruleChecks) {
        if (rules.isEmpty()) {
            return new Profile.NoRules();
        }
        for (RuleCheck rule : rules) {
            boolean holds = true;
            List<String> checks = ruleChecks == null ? null : new ArrayList<>();
            int minimum = rule.rule().minResolvedRows();
            if (minimum > 0) {
                int resolved = rowCount - unresolved;
                holds = resolved >= minimum;
                if (checks != null) {
                    checks.add(Explanations.resolvedRowsCheck(minimum, resolved, holds));
                }
            }
            for (ConditionCheck check : rule.conditions()) {
                int in = 0;
                for (String column : check.columns()) {
                    in += rowsByColumn.getOrDefault(column, 0);
                }
                ProfileCondition condition = check.condition();
                int actual = condition.selector() == ProfileCondition.Selector.IN ? in : rowCount - in;
                boolean ok = condition.comparison().test(actual, condition.count());
                holds &= ok;
                if (checks != null) {
                    checks.add(Explanations.conditionCheck(check.wording(), actual, ok));
                }
            }
            if (checks != null) {
                ruleChecks.add(Explanations.ruleCheck(rule.label(), holds, checks));
            }
            if (holds) {
                return new Profile.Classified(rule.rule().id(), rule.label(), rule.rule().rank());
            }
        }
        return new Profile.Unclassified(rowsByColumn, unresolved);
    }
}
