package org.engagementrubrics.testkit;

import static org.engagementrubrics.testkit.ValueGenerators.ascending;
import static org.engagementrubrics.testkit.ValueGenerators.errata;
import static org.engagementrubrics.testkit.ValueGenerators.extensions;
import static org.engagementrubrics.testkit.ValueGenerators.label;
import static org.engagementrubrics.testkit.ValueGenerators.localizedTexts;
import static org.engagementrubrics.testkit.ValueGenerators.orNull;
import static org.engagementrubrics.testkit.ValueGenerators.source;
import static org.engagementrubrics.testkit.ValueGenerators.statements;
import static org.engagementrubrics.testkit.ValueGenerators.version;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.engagementrubrics.core.matrix.Archetype;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.Dimension;
import org.engagementrubrics.core.matrix.MatrixInstrument;
import org.engagementrubrics.core.matrix.ProfileCondition;
import org.engagementrubrics.core.matrix.ProfileRule;
import org.engagementrubrics.core.matrix.Stage;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Standard;
import org.engagementrubrics.core.response.MarkedStatements;

/**
 * The generators of matrix instruments (archetype matrices and staged rubrics) and of marks on them,
 * behind {@link Generators}.
 *
 * <p>Every method draws from the random source in the order {@link Generators} has always used, so a seed
 * keeps giving the same values; {@link Generators} documents the public ones. Stateless and thread-safe.
 */
final class MatrixGenerators {

    private MatrixGenerators() {
    }

    /** Returns {@code count} distinct positive ints from 1 to {@code bound}, in random order. */
    private static List<Integer> distinctInts(RandomGenerator random, int count, int bound) {
        List<Integer> all = new ArrayList<>();
        for (int i = 1; i <= bound; i++) {
            all.add(i);
        }
        return new ArrayList<>(Gen.shuffle(all, random).subList(0, count));
    }

    static Gen<ArchetypeMatrix> archetypeMatrices(Sizes sizes) {
        int maxArchetypes = sizes.columns(5);
        int maxDimensions = sizes.rows(6, 1);
        int maxStatements = sizes.statementsPerCell(5);
        return random -> {
            IdPool pool = new IdPool();
            int archetypeCount = 2 + random.nextInt(maxArchetypes - 1);
            List<Integer> ranks = distinctInts(random, archetypeCount, Math.max(9, archetypeCount));
            if (random.nextBoolean()) {
                ranks.sort(null);
            }
            List<Archetype> archetypes = new ArrayList<>();
            for (int i = 0; i < archetypeCount; i++) {
                archetypes.add(new Archetype(pool.fresh(random), ranks.get(i), label(random, pool),
                        orNull(random, 0.5, localizedTexts()), orNull(random, 0.5, localizedTexts()),
                        extensions().generate(random)));
            }
            int dimensionCount = 1 + random.nextInt(maxDimensions);
            List<Dimension> dimensions = new ArrayList<>();
            for (int d = 0; d < dimensionCount; d++) {
                List<Cell> cells = cells(random, pool, archetypes.stream().map(Archetype::id).toList(), 0.85,
                        maxStatements);
                dimensions.add(new Dimension(pool.fresh(random), label(random, pool), cells,
                        extensions().generate(random)));
            }
            List<ProfileRule> rules = new ArrayList<>();
            int ruleCount = random.nextBoolean() ? 0 : 1 + random.nextInt(4);
            List<Integer> ruleRanks = distinctInts(random, ruleCount, 9);
            for (int r = 0; r < ruleCount; r++) {
                List<ProfileCondition> conditions = new ArrayList<>();
                int conditionCount = 1 + random.nextInt(3);
                for (int c = 0; c < conditionCount; c++) {
                    List<String> columnIds = Gen.shuffle(archetypes, random).subList(0, 1 + random.nextInt(archetypeCount))
                            .stream().map(Archetype::id).toList();
                    conditions.add(new ProfileCondition(
                            Gen.elements(ProfileCondition.Selector.values()).generate(random), columnIds,
                            Gen.elements(ProfileCondition.Comparison.values()).generate(random),
                            random.nextInt(dimensionCount + 1)));
                }
                rules.add(new ProfileRule(pool.fresh(random), ruleRanks.get(r), label(random, pool), conditions));
            }
            return new ArchetypeMatrix(pool.fresh(random), version(random), localizedTexts().generate(random),
                    source(random), errata(random, pool), extensions().generate(random),
                    orNull(random, 0.5, localizedTexts()), archetypes, dimensions, rules);
        };
    }

    /**
     * Returns cells in column order: each column with a probability, at least one, 0 to {@code maxStatements}
     * statements each.
     */
    private static List<Cell> cells(RandomGenerator random, IdPool pool, List<String> columnIds, double probability,
            int maxStatements) {
        List<String> chosen = new ArrayList<>();
        for (String columnId : columnIds) {
            if (random.nextDouble() < probability) {
                chosen.add(columnId);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(columnIds.get(random.nextInt(columnIds.size())));
        }
        List<Cell> cells = new ArrayList<>();
        for (String columnId : chosen) {
            cells.add(new Cell(columnId, statements(random, pool, 0, maxStatements)));
        }
        return cells;
    }

    static Gen<StagedRubric> stagedRubrics(Sizes sizes) {
        int maxStages = sizes.columns(4);
        int maxStandards = sizes.rows(5, 1);
        int maxStatements = sizes.statementsPerCell(5);
        return random -> {
            IdPool pool = new IdPool();
            int stageCount = 2 + random.nextInt(maxStages - 1);
            List<Integer> positions = ascending(random, stageCount);
            List<Stage> stages = new ArrayList<>();
            for (int i = 0; i < stageCount; i++) {
                stages.add(new Stage(pool.fresh(random), positions.get(i), label(random, pool),
                        extensions().generate(random)));
            }
            List<String> stageIds = stages.stream().map(Stage::id).toList();
            int standardCount = 1 + random.nextInt(maxStandards);
            List<Integer> numbers = ascending(random, standardCount);
            List<Standard> standards = new ArrayList<>();
            for (int s = 0; s < standardCount; s++) {
                standards.add(new Standard(pool.fresh(random), numbers.get(s), localizedTexts().generate(random),
                        localizedTexts().generate(random), cells(random, pool, stageIds, 0.75, maxStatements),
                        extensions().generate(random)));
            }
            return new StagedRubric(pool.fresh(random), version(random), localizedTexts().generate(random),
                    source(random), errata(random, pool), extensions().generate(random), stages, standards);
        };
    }

    static Gen<MarkedStatements> marks(MatrixInstrument matrix) {
        List<String> statementIds = Contents.statementIds(matrix);
        return random -> {
            double density = Gen.elements(0.0, 0.15, 0.3, 0.5, 0.7, 1.0).generate(random);
            List<String> marked = new ArrayList<>();
            for (String id : statementIds) {
                if (random.nextDouble() < density) {
                    marked.add(id);
                }
            }
            return MarkedStatements.of(marked);
        };
    }
}
