package org.engagementrubrics.core.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.engagementrubrics.core.matrix.Archetype;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.ProfileCondition;
import org.engagementrubrics.core.matrix.ProfileRule;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.validation.RubricValidator;

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
    private record ConditionCheck(ProfileCondition condition, int[] columns, Message wording) {
    }

    /** A profile rule with its conditions ready to test. */
    private record RuleCheck(ProfileRule rule, String label, List<ConditionCheck> conditions, Profile classified) {
    }

    private static final Profile NO_RULES = new Profile.NoRules();

    private final BestFitScorer bestFit;
    private final List<String> archetypeIds;
    /** Per archetype id, the index of its first archetype. */
    private final Map<String, Integer> archetypeIndex;
    /** The distinct archetype ids in order, and the index of the first archetype of each. */
    private final String[] distinctIds;
    private final int[] countAt;
    /** Per row, the columns it is tallied over, and the archetype index of each (-1 for a column that is none). */
    private final List<List<String>> columnsAt;
    private final int[][] archetypeAt;
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
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(archetypeIds));
        this.distinctIds = distinct.toArray(new String[0]);
        this.countAt = distinct.stream().mapToInt(archetypeIndex::get).toArray();
        MatrixLayout layout = bestFit.layout();
        List<List<String>> rowColumns = new ArrayList<>();
        this.archetypeAt = new int[layout.rowCount()][];
        for (int r = 0; r < archetypeAt.length; r++) {
            rowColumns.add(layout.columnIds(r));
            archetypeAt[r] = rowColumns.get(r).stream().mapToInt(id -> archetypeIndex.getOrDefault(id, -1)).toArray();
        }
        this.columnsAt = List.copyOf(rowColumns);
        List<ProfileRule> sorted = new ArrayList<>(matrix.profileRules());
        sorted.sort((a, b) -> Integer.compare(b.rank(), a.rank()));
        Map<String, Message> labels = bestFit.columnLabels();
        List<RuleCheck> checks = new ArrayList<>();
        for (ProfileRule rule : sorted) {
            List<ConditionCheck> conditions = new ArrayList<>();
            for (ProfileCondition condition : rule.conditions()) {
                int[] columns = new LinkedHashSet<>(condition.columnIds()).stream()
                        .mapToInt(id -> archetypeIndex.getOrDefault(id, -1)).toArray();
                conditions.add(new ConditionCheck(condition, columns, Explanations.profileCondition(condition, labels)));
            }
            String label = rule.label().text();
            checks.add(new RuleCheck(rule, label, List.copyOf(conditions),
                    new Profile.Classified(rule.id(), label, rule.rank())));
        }
        this.rules = List.copyOf(checks);
        this.title = matrix.title().text();
    }

    @Override
    ArchetypeResult score(InstrumentRef ref, Response response) {
        return result(ref, response, bestFit.layout().count(((MarkedStatements) response.evidence()).statementIds()));
    }

    /** Checks the response and counts its marks in one pass. */
    @Override
    ArchetypeResult scoreChecked(InstrumentRef ref, Response response, RubricValidator validator) {
        int[] counts = checkedCounts(response, validator, bestFit.layout());
        return counts == null ? super.scoreChecked(ref, response, validator) : result(ref, response, counts);
    }

    /** Fits every row by count and classifies the fits, each row's archetype taken from the fit's column. */
    private ArchetypeResult result(InstrumentRef ref, Response response, int[] counts) {
        MatrixFits rows = bestFit.fits(counts);
        int[] rowsAt = new int[archetypeIds.size()];
        int unresolved = 0;
        for (int r = 0; r < rows.size(); r++) {
            int archetype = archetypeOf(r, rows.fit(r));
            if (archetype < 0) {
                unresolved++;
            } else {
                rowsAt[archetype]++;
            }
        }
        String tiePolicy = bestFit.tiePolicy();
        return profiled(ref, response.id(), response.subjectId(), response.raterId(), rows,
                () -> bestFit.explanation(rows, tiePolicy), rowsAt, unresolved);
    }

    /** Returns the archetype index of the column a row's fit decides, or -1 for a tie or no evidence. */
    private int archetypeOf(int row, Fit fit) {
        String column = fit instanceof Fit.Winner winner ? winner.column()
                : fit instanceof Fit.Resolved resolved ? resolved.column() : null;
        if (column == null) {
            return -1;
        }
        List<String> ids = columnsAt.get(row);
        for (int c = 0; c < ids.size(); c++) {
            if (ids.get(c).equals(column)) {
                // a fit names a column the row was tallied over: every archetype
                return archetypeAt[row][c];
            }
        }
        throw new IllegalStateException("row " + row + " was fitted to column '" + column + "', not one of " + ids);
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
        return profiled(fits.instrument(), fits.responseId(), fits.subjectId(), fits.raterId(), fits.rows(),
                fits::explanation, rowsAt, unresolved);
    }

    /** Classifies from the rows per archetype; the explanation, with the rows' best fit, is written when asked for. */
    private ArchetypeResult profiled(InstrumentRef ref, String responseId, String subjectId, String raterId,
            List<RowFit> rows, Supplier<Explanation> bestFitExplanation, int[] rowsAt, int unresolved) {
        int rowCount = rows.size();
        Profile profile = classify(rowsAt, unresolved, rowCount, null);
        Explanation explanation = Explanation.lazy(() -> {
            // the rule checks are written by testing the rules again, now with their wording
            List<Message> ruleChecks = new ArrayList<>();
            classify(rowsAt, unresolved, rowCount, ruleChecks);
            Message headline = Explanations.profile(profile, rowsByColumn(rowsAt), bestFit.columnLabels());
            return Explanations.archetypes(title, headline, ruleChecks, bestFitExplanation.get());
        });
        return new ArchetypeResult(ref, responseId, subjectId, raterId, rows, profile, explanation);
    }

    /** Returns the rows per best-fit column, in archetype order. */
    private Map<String, Integer> rowsByColumn(int[] rowsAt) {
        return new RowsByColumn(distinctIds, countAt, rowsAt);
    }

    /**
     * Classifies from the rows per best-fit column; with {@code ruleChecks} not null, adds the wording of
     * every rule tested.
     */
    private Profile classify(int[] rowsAt, int unresolved, int rowCount, List<Message> ruleChecks) {
        if (rules.isEmpty()) {
            return NO_RULES;
        }
        for (RuleCheck rule : rules) {
            boolean holds = true;
            List<Message> checks = ruleChecks == null ? null : new ArrayList<>();
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
                return rule.classified();
            }
        }
        return new Profile.Unclassified(rowsByColumn(rowsAt), unresolved);
    }

    @Override
    String tiePolicy() {
        return bestFit.tiePolicy();
    }
}
