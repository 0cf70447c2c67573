package org.engagementrubrics.core.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    /**
     * A profile condition ready to test: the archetype index of each of its columns (each counted once; -1 for
     * a column that is no archetype, which no row fits), selector, bound and wording.
     */
    private record ConditionCheck(ProfileCondition condition, int[] columns, String wording) {
    }

    /** A profile rule with its conditions ready to test. */
    private record RuleCheck(ProfileRule rule, String label, List<ConditionCheck> conditions) {
    }

    private final BestFitScorer bestFit;
    private final List<String> archetypeIds;
    /** Per archetype id, the index of its first archetype. */
    private final Map<String, Integer> archetypeIndex;
    private final List<RuleCheck> rules;
    private final String title;

    ArchetypeScorer(ArchetypeMatrix matrix, GuardedTiePolicy ties) {
        super(matrix);
        this.bestFit = new BestFitScorer(matrix, ties, check());
        this.archetypeIds = matrix.archetypes().stream().map(Archetype::id).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < archetypeIds.size(); i++) {
            index.putIfAbsent(archetypeIds.get(i), i);
        }
        this.archetypeIndex = Map.copyOf(index);
        List<ProfileRule> sorted = new ArrayList<>(matrix.profileRules());
        sorted.sort((a, b) -> Integer.compare(b.rank(), a.rank()));
        Map<String, String> labels = bestFit.columnLabels();
        List<RuleCheck> checks = new ArrayList<>();
        for (ProfileRule rule : sorted) {
            List<ConditionCheck> conditions = new ArrayList<>();
            for (ProfileCondition condition : rule.conditions()) {
                int[] columns = new LinkedHashSet<>(condition.columnIds()).stream()
                        .mapToInt(id -> archetypeIndex.getOrDefault(id, -1)).toArray();
                conditions.add(new ConditionCheck(condition, columns, Explanations.profileCondition(condition, labels)));
            }
            checks.add(new RuleCheck(rule, rule.label().text(), List.copyOf(conditions)));
        }
        this.rules = List.copyOf(checks);
        this.title = matrix.title().text();
    }

    @Override
    ArchetypeResult score(InstrumentRef ref, Response response) {
        return profiled(bestFit.score(ref, response));
    }

    /** Explains an archetype result, after checking that its profile is what the rules give for its rows. */
    @Override
    ScoreResult explained(ScoreResult result, String tiePolicy) {
        if (result instanceof MatrixResult) {
            return bestFit.explained(result, tiePolicy);
        }
        ArchetypeResult archetype = requireResult(result, ArchetypeResult.class);
        ArchetypeResult explained = profiled(bestFit.explained(new MatrixResult(archetype.instrument(),
                archetype.responseId(), archetype.subjectId(), archetype.raterId(), archetype.rows(),
                archetype.explanation()), tiePolicy));
        if (!explained.profile().equals(archetype.profile())) {
            throw new IllegalArgumentException("the result's profile is " + archetype.profile() + "; the profile rules"
                    + " of the instrument give " + explained.profile() + " for its rows");
        }
        return explained;
    }

    /** Classifies the best fits of a response's rows and explains the profile. */
    private ArchetypeResult profiled(MatrixResult fits) {
        int[] rowsAt = new int[archetypeIds.size()];
        int unresolved = 0;
        for (RowFit row : fits.rows()) {
            Fit fit = row.fit();
            String column = fit instanceof Fit.Winner winner ? winner.column()
                    : fit instanceof Fit.Resolved resolved ? resolved.column() : null;
            if (column == null) {
                unresolved++;
            } else {
                // a fit names a column the row was tallied over: every archetype
                rowsAt[archetypeIndex.get(column)]++;
            }
        }
        int rowCount = fits.rows().size();
        int unresolvedRows = unresolved;
        Profile profile = classify(rowsAt, unresolved, rowCount, null);
        Explanation explanation = Explanation.lazy(() -> {
            // the rule checks are written by testing the rules again, now with their wording
            List<String> ruleChecks = new ArrayList<>();
            classify(rowsAt, unresolvedRows, rowCount, ruleChecks);
            String headline = Explanations.profile(profile, rowsByColumn(rowsAt), bestFit.columnLabels());
            return Explanations.archetypes(title, headline, ruleChecks, fits);
        });
        return new ArchetypeResult(fits.instrument(), fits.responseId(), fits.subjectId(), fits.raterId(), fits.rows(),
                profile, explanation);
    }

    /** Returns the rows per best-fit column, in archetype order. */
    private Map<String, Integer> rowsByColumn(int[] rowsAt) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (int i = 0; i < rowsAt.length; i++) {
            rows.putIfAbsent(archetypeIds.get(i), rowsAt[i]);
        }
        return rows;
    }

    /**
     * Classifies from the rows per best-fit column; with {@code ruleChecks} not null, adds the wording of
     * every rule tested.
     */
    private Profile classify(int[] rowsAt, int unresolved, int rowCount, List<String> ruleChecks) {
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
                for (int column : check.columns()) {
                    in += column < 0 ? 0 : rowsAt[column];
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
        return new Profile.Unclassified(rowsByColumn(rowsAt), unresolved);
    }

    @Override
    String tiePolicy() {
        return bestFit.tiePolicy();
    }
}
