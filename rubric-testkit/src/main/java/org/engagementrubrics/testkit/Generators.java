package org.engagementrubrics.testkit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.engagementrubrics.core.Erratum;
import org.engagementrubrics.core.ExtensionValue;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.RatingScale;
import org.engagementrubrics.core.ScalePoint;
import org.engagementrubrics.core.Source;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.checklist.ChecklistGroup;
import org.engagementrubrics.core.checklist.ChecklistItem;
import org.engagementrubrics.core.checklist.ChecklistMark;
import org.engagementrubrics.core.conditions.Citation;
import org.engagementrubrics.core.conditions.Condition;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.conditions.Indicator;
import org.engagementrubrics.core.district.DistrictDimension;
import org.engagementrubrics.core.district.DistrictIndicator;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.district.ImplementationStatus;
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
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.response.ChecklistAnswer;
import org.engagementrubrics.core.response.ChecklistAnswers;
import org.engagementrubrics.core.response.Evidence;
import org.engagementrubrics.core.response.IndicatorAssessment;
import org.engagementrubrics.core.response.MarkedStatements;
import org.engagementrubrics.core.response.Rating;
import org.engagementrubrics.core.response.Ratings;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.response.Statuses;
import org.engagementrubrics.core.survey.ContactGoal;
import org.engagementrubrics.core.survey.ContactPeriod;
import org.engagementrubrics.core.survey.MonitoredGroup;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.core.validation.RubricValidator;

/**
 * Generators of valid instruments and of valid responses to them.
 *
 * <p>Every instrument these generators give passes {@code RubricValidator.create().validate(instrument)}
 * with no problem, and every response passes {@code validate(response, instrument)}: ids are unique
 * within the instrument, labels are distinct, positions, numbers and scale values ascend, ranks are
 * distinct, cells follow column order and every reference resolves. Within those rules the shapes vary
 * widely: random ids, texts in one or two languages (sometimes with a non-English default), optional
 * components present or absent, vendor extensions, empty cells, rows without a cell for some columns,
 * scales with gaps, and evidence from nothing marked to everything marked.
 *
 * <pre>{@code
 * Gen<ArchetypeMatrix> matrices = Generators.archetypeMatrices();
 * Gen<Response> responses = matrices.flatMap(Generators::response);
 * }</pre>
 */
public final class Generators {

    private static final List<String> WORDS = List.of("family", "school", "teacher", "partnership", "welcome",
            "community", "student", "learning", "voice", "trust", "home", "visit", "survey", "goal", "plan",
            "respect", "culture", "share", "power", "decision", "élève", "familia", "escuela", "Schüler",
            "gia đình", "学校", "أسرة", "naïve", "coöperation", "Ω");
    private static final List<String> LANGUAGES = List.of("es", "fr", "vi", "zh-Hant", "ar", "es-MX", "pt-BR", "de");
    private static final List<String> FRAMEWORKS = List.of("CCSSO", "PSEL", "NAEYC", "ISTE", "PTA");
    private static final Instant EARLIEST = Instant.parse("2020-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2031-01-01T00:00:00Z");

    private Generators() {
    }

    // ----- building blocks ----------------------------------------------------------------------

    /**
     * Returns a generator of valid ids, not necessarily distinct.
     *
     * @return the generator
     * @see IdPool#randomId(RandomGenerator)
     */
    public static Gen<String> ids() {
        return IdPool::randomId;
    }

    /**
     * Returns a generator of non-blank texts of one to six words, some of them outside ASCII.
     *
     * @return the generator
     */
    public static Gen<String> texts() {
        return Gen.elements(WORDS).listOf(1, 6).map(words -> {
            String text = String.join(" ", words);
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
        });
    }

    /**
     * Returns a generator of localized texts: mostly English only, sometimes with a second language,
     * and then sometimes with the second language as the default.
     *
     * @return the generator
     */
    public static Gen<LocalizedText> localizedTexts() {
        return random -> localizedText(random, texts().generate(random));
    }

    private static LocalizedText localizedText(RandomGenerator random, String defaultText) {
        double pick = random.nextDouble();
        if (pick < 0.75) {
            return LocalizedText.of(defaultText);
        }
        String other = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
        String translation = texts().generate(random);
        Map<String, String> values = new TreeMap<>();
        if (pick < 0.92) {
            values.put(LocalizedText.ENGLISH, defaultText);
            values.put(other, translation);
            return LocalizedText.of(values, LocalizedText.ENGLISH);
        }
        values.put(other, defaultText);
        values.put(LocalizedText.ENGLISH, translation);
        return LocalizedText.of(values, other);
    }

    /**
     * Returns a localized text whose default text is unused in the pool, reserving it.
     */
    private static LocalizedText label(RandomGenerator random, IdPool pool) {
        for (int i = 0; i < 20; i++) {
            String text = texts().generate(random);
            if (pool.reserveLabel(text)) {
                return localizedText(random, text);
            }
        }
        String text = texts().generate(random) + " " + pool.size();
        int n = 0;
        while (!pool.reserveLabel(text)) {
            text = text + " " + n++;
        }
        return localizedText(random, text);
    }

    /**
     * Returns a generator of free JSON values for extensions: strings, numbers with a scale, booleans,
     * nulls, and arrays and objects nested at most two deep.
     *
     * @return the generator
     */
    public static Gen<ExtensionValue> extensionValues() {
        return extensionValues(2);
    }

    private static Gen<ExtensionValue> extensionValues(int depth) {
        Gen<ExtensionValue> scalar = Gen.frequency(
                Gen.weight(3, texts().map(ExtensionValue::of)),
                Gen.weight(3, Gen.longs(-1_000_000, 1_000_000).zip(Gen.ints(0, 3),
                        (unscaled, scale) -> ExtensionValue.of(BigDecimal.valueOf(unscaled, scale)))),
                Gen.weight(2, Gen.booleans().map(ExtensionValue::of)),
                Gen.weight(1, Gen.constant(new ExtensionValue.NullValue())));
        if (depth == 0) {
            return scalar;
        }
        Gen<ExtensionValue> nested = extensionValues(depth - 1);
        return Gen.frequency(
                Gen.weight(6, scalar),
                Gen.weight(1, nested.listOf(0, 3).map(ExtensionValue.ArrayValue::new)),
                Gen.weight(1, random -> new ExtensionValue.ObjectValue(extensionMap(random, nested))));
    }

    private static Map<String, ExtensionValue> extensionMap(RandomGenerator random, Gen<ExtensionValue> values) {
        Map<String, ExtensionValue> map = new LinkedHashMap<>();
        int size = 1 + random.nextInt(3);
        for (int i = 0; i < size; i++) {
            map.put(IdPool.randomId(random), values.generate(random));
        }
        return map;
    }

    /**
     * Returns a generator of vendor extensions: mostly empty, otherwise one to three keys.
     *
     * @return the generator
     */
    public static Gen<Extensions> extensions() {
        Gen<ExtensionValue> values = extensionValues();
        return random -> random.nextDouble() < 0.8 ? Extensions.empty() : Extensions.of(extensionMap(random, values));
    }

    /**
     * Returns a generator of statements with random (not necessarily distinct) ids.
     *
     * @return the generator
     */
    public static Gen<Statement> statements() {
        return random -> statement(random, new IdPool());
    }

    private static Statement statement(RandomGenerator random, IdPool pool) {
        return new Statement(pool.fresh(random), localizedTexts().generate(random), extensions().generate(random));
    }

    private static List<Statement> statements(RandomGenerator random, IdPool pool, int min, int max) {
        int count = min + random.nextInt(max - min + 1);
        List<Statement> statements = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            statements.add(statement(random, pool));
        }
        return statements;
    }

    /**
     * Returns a generator of rating scales: 2 to 7 points with strictly increasing values that may start
     * below, at or above 1 and may skip values (such as 0..6, 1..4 or 1, 3, 5), with distinct labels.
     *
     * @return the generator
     */
    public static Gen<RatingScale> ratingScales() {
        return random -> ratingScale(random, new IdPool());
    }

    private static RatingScale ratingScale(RandomGenerator random, IdPool labels) {
        int size = 2 + random.nextInt(6);
        int value = Gen.frequency(Gen.weight(4, Gen.constant(1)), Gen.weight(3, Gen.constant(0)),
                Gen.weight(2, Gen.ints(-3, 5))).generate(random);
        Gen<Integer> steps = Gen.frequency(Gen.weight(6, Gen.constant(1)), Gen.weight(2, Gen.constant(2)),
                Gen.weight(1, Gen.ints(3, 10)));
        List<ScalePoint> points = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                value += steps.generate(random);
            }
            points.add(new ScalePoint(value, label(random, labels)));
        }
        return new RatingScale(points);
    }

    private static String version(RandomGenerator random) {
        return random.nextInt(4) + "." + random.nextInt(10) + "." + random.nextInt(20);
    }

    private static Source source(RandomGenerator random) {
        String citation = random.nextBoolean() ? null : "https://example.org/" + IdPool.randomId(random);
        return new Source(localizedTexts().generate(random), texts().generate(random), citation);
    }

    private static List<Erratum> errata(RandomGenerator random, IdPool pool) {
        int count = random.nextDouble() < 0.7 ? 0 : 1 + random.nextInt(2);
        List<Erratum> errata = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            errata.add(new Erratum(pool.fresh(random), "rows[" + random.nextInt(9) + "]",
                    localizedTexts().generate(random), localizedTexts().generate(random),
                    localizedTexts().generate(random)));
        }
        return errata;
    }

    private static <T> T orNull(RandomGenerator random, double nullProbability, Gen<T> gen) {
        return random.nextDouble() < nullProbability ? null : gen.generate(random);
    }

    /** Returns {@code count} distinct positive ints from 1 to {@code bound}, in random order. */
    private static List<Integer> distinctInts(RandomGenerator random, int count, int bound) {
        List<Integer> all = new ArrayList<>();
        for (int i = 1; i <= bound; i++) {
            all.add(i);
        }
        return new ArrayList<>(Gen.shuffle(all, random).subList(0, count));
    }

    /** Returns {@code count} strictly ascending positive ints, starting at 1 to 3 with gaps of 1 to 3. */
    private static List<Integer> ascending(RandomGenerator random, int count) {
        List<Integer> values = new ArrayList<>(count);
        int value = 1 + random.nextInt(random.nextDouble() < 0.7 ? 1 : 3);
        for (int i = 0; i < count; i++) {
            values.add(value);
            value += random.nextDouble() < 0.75 ? 1 : 2 + random.nextInt(2);
        }
        return values;
    }

    // ----- matrix instruments -------------------------------------------------------------------

    /**
     * Returns a generator of valid archetype matrices: 2 to 5 archetypes with distinct ranks (in
     * ascending or random order), 1 to 6 dimensions with a cell for most archetypes and 0 to 5 statements
     * per cell, and 0 to 4 profile rules whose conditions name real archetypes (distinct within a
     * condition).
     *
     * @return the generator
     */
    public static Gen<ArchetypeMatrix> archetypeMatrices() {
        return random -> {
            IdPool pool = new IdPool();
            int archetypeCount = 2 + random.nextInt(4);
            List<Integer> ranks = distinctInts(random, archetypeCount, 9);
            if (random.nextBoolean()) {
                ranks.sort(null);
            }
            List<Archetype> archetypes = new ArrayList<>();
            for (int i = 0; i < archetypeCount; i++) {
                archetypes.add(new Archetype(pool.fresh(random), ranks.get(i), label(random, pool),
                        orNull(random, 0.5, localizedTexts()), orNull(random, 0.5, localizedTexts()),
                        extensions().generate(random)));
            }
            int dimensionCount = 1 + random.nextInt(6);
            List<Dimension> dimensions = new ArrayList<>();
            for (int d = 0; d < dimensionCount; d++) {
                List<Cell> cells = cells(random, pool, archetypes.stream().map(Archetype::id).toList(), 0.85);
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
     * Returns cells in column order: each column with a probability, at least one, 0 to 5 statements each.
     */
    private static List<Cell> cells(RandomGenerator random, IdPool pool, List<String> columnIds, double probability) {
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
            cells.add(new Cell(columnId, statements(random, pool, 0, 5)));
        }
        return cells;
    }

    /**
     * Returns a generator of valid staged rubrics: 2 to 4 stages with ascending (possibly gapped)
     * positions and distinct labels, 1 to 5 standards with ascending numbers, each with cells on a
     * non-empty subset of the stages and 0 to 5 statements per cell.
     *
     * @return the generator
     */
    public static Gen<StagedRubric> stagedRubrics() {
        return random -> {
            IdPool pool = new IdPool();
            int stageCount = 2 + random.nextInt(3);
            List<Integer> positions = ascending(random, stageCount);
            List<Stage> stages = new ArrayList<>();
            for (int i = 0; i < stageCount; i++) {
                stages.add(new Stage(pool.fresh(random), positions.get(i), label(random, pool),
                        extensions().generate(random)));
            }
            List<String> stageIds = stages.stream().map(Stage::id).toList();
            int standardCount = 1 + random.nextInt(5);
            List<Integer> numbers = ascending(random, standardCount);
            List<Standard> standards = new ArrayList<>();
            for (int s = 0; s < standardCount; s++) {
                standards.add(new Standard(pool.fresh(random), numbers.get(s), localizedTexts().generate(random),
                        localizedTexts().generate(random), cells(random, pool, stageIds, 0.75),
                        extensions().generate(random)));
            }
            return new StagedRubric(pool.fresh(random), version(random), localizedTexts().generate(random),
                    source(random), errata(random, pool), extensions().generate(random), stages, standards);
        };
    }

    /**
     * Returns a generator of valid matrix instruments: archetype matrices and staged rubrics in equal
     * measure.
     *
     * @return the generator
     */
    public static Gen<MatrixInstrument> matrixInstruments() {
        return Gen.oneOf(archetypeMatrices(), stagedRubrics());
    }

    // ----- rated instruments --------------------------------------------------------------------

    /**
     * Returns a generator of valid conditions assessments: a random {@linkplain #ratingScales() scale},
     * 1 to 4 conditions with ascending numbers, each with 0 to 5 indicators with ascending numbers and 0 to
     * 2 citations.
     *
     * @return the generator
     */
    public static Gen<ConditionsAssessment> conditionsAssessments() {
        return random -> {
            IdPool pool = new IdPool();
            RatingScale scale = ratingScale(random, pool);
            int conditionCount = 1 + random.nextInt(4);
            List<Integer> numbers = ascending(random, conditionCount);
            List<Condition> conditions = new ArrayList<>();
            for (int c = 0; c < conditionCount; c++) {
                int indicatorCount = random.nextInt(6);
                List<Integer> indicatorNumbers = ascending(random, indicatorCount);
                List<Indicator> indicators = new ArrayList<>();
                for (int i = 0; i < indicatorCount; i++) {
                    List<Citation> citations = new ArrayList<>();
                    int citationCount = random.nextInt(3);
                    for (int k = 0; k < citationCount; k++) {
                        citations.add(Citation.of(Gen.elements(FRAMEWORKS).generate(random),
                                "III." + (1 + random.nextInt(5)) + "." + (char) ('a' + random.nextInt(6))));
                    }
                    indicators.add(new Indicator(pool.fresh(random), indicatorNumbers.get(i),
                            localizedTexts().generate(random), citations, extensions().generate(random)));
                }
                conditions.add(new Condition(pool.fresh(random), numbers.get(c), localizedTexts().generate(random),
                        indicators, extensions().generate(random)));
            }
            return new ConditionsAssessment(pool.fresh(random), version(random), localizedTexts().generate(random),
                    source(random), errata(random, pool), extensions().generate(random),
                    orNull(random, 0.4, localizedTexts()), scale, conditions);
        };
    }

    /**
     * Returns a generator of valid surveys: a random {@linkplain #ratingScales() scale}, 1 to 8 statements
     * and 0 to 2 contact goals with 0 to 3 monitored groups each.
     *
     * @return the generator
     */
    public static Gen<Survey> surveys() {
        return random -> {
            IdPool pool = new IdPool();
            RatingScale scale = ratingScale(random, pool);
            List<Statement> statements = statements(random, pool, 1, 8);
            List<ContactGoal> goals = new ArrayList<>();
            int goalCount = random.nextInt(3);
            for (int g = 0; g < goalCount; g++) {
                List<MonitoredGroup> groups = new ArrayList<>();
                int groupCount = random.nextInt(4);
                for (int m = 0; m < groupCount; m++) {
                    groups.add(new MonitoredGroup(pool.fresh(random), localizedTexts().generate(random)));
                }
                goals.add(new ContactGoal(pool.fresh(random), localizedTexts().generate(random),
                        1 + random.nextInt(100), Gen.elements(ContactPeriod.values()).generate(random), groups));
            }
            return new Survey(pool.fresh(random), version(random), localizedTexts().generate(random),
                    source(random), errata(random, pool), extensions().generate(random),
                    localizedTexts().generate(random), scale, statements, goals);
        };
    }

    /**
     * Returns a generator of valid district indicators: 1 to 8 indicators over dimensions A to E, with
     * optional core functions and effective practices and 0 to 3 guiding questions.
     *
     * @return the generator
     */
    public static Gen<DistrictIndicators> districtIndicators() {
        return random -> {
            IdPool pool = new IdPool();
            int count = 1 + random.nextInt(8);
            List<DistrictIndicator> indicators = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String code = String.valueOf((char) ('A' + random.nextInt(5)));
                indicators.add(new DistrictIndicator(pool.fresh(random), orNull(random, 0.3, localizedTexts()),
                        new DistrictDimension(code, localizedTexts().generate(random)),
                        orNull(random, 0.3, localizedTexts()), localizedTexts().generate(random),
                        localizedTexts().generate(random), localizedTexts().listOf(0, 3).generate(random),
                        extensions().generate(random)));
            }
            return new DistrictIndicators(pool.fresh(random), version(random), localizedTexts().generate(random),
                    source(random), errata(random, pool), extensions().generate(random), indicators);
        };
    }

    /**
     * Returns a generator of valid checklists: 1 to 3 groups of 1 to 5 items, some items labelled.
     *
     * @return the generator
     */
    public static Gen<Checklist> checklists() {
        return random -> {
            IdPool pool = new IdPool();
            int groupCount = 1 + random.nextInt(3);
            List<ChecklistGroup> groups = new ArrayList<>();
            for (int g = 0; g < groupCount; g++) {
                int itemCount = 1 + random.nextInt(5);
                List<ChecklistItem> items = new ArrayList<>();
                for (int i = 0; i < itemCount; i++) {
                    items.add(new ChecklistItem(pool.fresh(random), orNull(random, 0.5, localizedTexts()),
                            localizedTexts().generate(random), extensions().generate(random)));
                }
                groups.add(new ChecklistGroup(pool.fresh(random), localizedTexts().generate(random), items,
                        extensions().generate(random)));
            }
            return new Checklist(pool.fresh(random), version(random), localizedTexts().generate(random),
                    source(random), errata(random, pool), extensions().generate(random), groups);
        };
    }

    /**
     * Returns a generator of valid instruments of every kind, in equal measure.
     *
     * @return the generator
     */
    public static Gen<Instrument> instruments() {
        return Gen.oneOf(archetypeMatrices(), stagedRubrics(), conditionsAssessments(), surveys(),
                districtIndicators(), checklists());
    }

    // ----- evidence and responses ---------------------------------------------------------------

    /**
     * Returns a generator of marks on a matrix instrument: each statement marked with one probability
     * per generated value, drawn from nothing marked to everything marked.
     *
     * @param matrix the instrument, not null
     * @return the generator
     */
    public static Gen<MarkedStatements> marks(MatrixInstrument matrix) {
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

    /**
     * Returns a generator of ratings of a conditions assessment's indicators or a survey's statements:
     * per item, no answer, a value on the scale, not rated or not applicable.
     *
     * @param instrument a conditions assessment or a survey, not null
     * @return the generator
     * @throws IllegalArgumentException if the instrument takes no ratings
     */
    public static Gen<Ratings> ratings(Instrument instrument) {
        RatingScale scale = Contents.scale(instrument);
        List<String> itemIds = Contents.itemIds(instrument);
        Gen<Rating> rating = Gen.frequency(
                Gen.weight(6, Gen.elements(scale.values()).map(Rating::of)),
                Gen.weight(1, Gen.constant(Rating.notRated())),
                Gen.weight(1, Gen.constant(Rating.notApplicable())));
        return random -> {
            double answered = Gen.elements(0.0, 0.5, 0.8, 1.0).generate(random);
            Map<String, Rating> byItem = new LinkedHashMap<>();
            for (String id : itemIds) {
                if (random.nextDouble() < answered) {
                    byItem.put(id, rating.generate(random));
                }
            }
            return Ratings.of(byItem);
        };
    }

    /**
     * Returns a generator of statuses of district indicators: per indicator, no assessment or a status
     * with optional evidence text, and a priority only with status NONE.
     *
     * @param district the indicators, not null
     * @return the generator
     */
    public static Gen<Statuses> statuses(DistrictIndicators district) {
        return random -> {
            Map<String, IndicatorAssessment> byIndicator = new LinkedHashMap<>();
            for (DistrictIndicator indicator : district.indicators()) {
                if (random.nextDouble() < 0.8) {
                    ImplementationStatus status = Gen.elements(ImplementationStatus.values()).generate(random);
                    byIndicator.put(indicator.id(), new IndicatorAssessment(status,
                            orNull(random, 0.5, texts()), status == ImplementationStatus.NONE && random.nextBoolean()));
                }
            }
            return Statuses.of(byIndicator);
        };
    }

    /**
     * Returns a generator of checklist answers: per item, no answer or a mark with optional notes.
     *
     * @param checklist the checklist, not null
     * @return the generator
     */
    public static Gen<ChecklistAnswers> answers(Checklist checklist) {
        return random -> {
            Map<String, ChecklistAnswer> byItem = new LinkedHashMap<>();
            for (String id : Contents.itemIds(checklist)) {
                if (random.nextDouble() < 0.8) {
                    byItem.put(id, new ChecklistAnswer(Gen.elements(ChecklistMark.values()).generate(random),
                            orNull(random, 0.7, texts())));
                }
            }
            return ChecklistAnswers.of(byItem);
        };
    }

    /**
     * Returns a generator of the evidence an instrument takes: marks, ratings, statuses or answers.
     *
     * @param instrument the instrument, not null
     * @return the generator
     */
    public static Gen<Evidence> evidence(Instrument instrument) {
        if (instrument instanceof MatrixInstrument matrix) {
            return marks(matrix).map(Evidence.class::cast);
        } else if (instrument instanceof DistrictIndicators district) {
            return statuses(district).map(Evidence.class::cast);
        } else if (instrument instanceof Checklist checklist) {
            return answers(checklist).map(Evidence.class::cast);
        }
        return ratings(instrument).map(Evidence.class::cast);
    }

    /**
     * Returns a generator of valid responses to an instrument, with a random id and evidence.
     *
     * @param instrument the instrument, not null
     * @return the generator
     */
    public static Gen<Response> response(Instrument instrument) {
        return response(instrument, evidence(instrument));
    }

    /**
     * Returns a generator of valid responses to an instrument, with a random id and the given evidence.
     *
     * @param instrument the instrument, not null
     * @param evidence the evidence generator, which must fit the instrument, not null
     * @return the generator
     */
    public static Gen<Response> response(Instrument instrument, Gen<? extends Evidence> evidence) {
        return random -> response(random, instrument, IdPool.randomId(random), evidence.generate(random));
    }

    private static Response response(RandomGenerator random, Instrument instrument, String id, Evidence evidence) {
        long seconds = random.nextLong(EARLIEST.getEpochSecond(), LATEST.getEpochSecond());
        return new Response(id, instrument.id(), random.nextBoolean() ? null : instrument.version(),
                "rater-" + random.nextInt(20), "subject-" + random.nextInt(50), Instant.ofEpochSecond(seconds),
                evidence, extensions().generate(random));
    }

    /**
     * Returns a generator of lists of valid responses to an instrument, with distinct ids.
     *
     * @param instrument the instrument, not null
     * @param min the fewest responses, at least 0
     * @param max the most responses, at least {@code min}
     * @return the generator
     */
    public static Gen<List<Response>> responses(Instrument instrument, int min, int max) {
        Gen<Evidence> evidence = evidence(instrument);
        return Gen.ints(min, max).flatMap(count -> random -> {
            IdPool pool = new IdPool();
            List<Response> responses = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                responses.add(response(random, instrument, pool.fresh(random), evidence.generate(random)));
            }
            return List.copyOf(responses);
        });
    }

    /**
     * Returns a generator of distinct values drawn from another generator, for sets of ids.
     *
     * @param <T> the value type
     * @param values the generator of candidates, not null
     * @param min the fewest values, at least 0
     * @param max the most values, at least {@code min}
     * @return the generator; it throws {@link GenerationException} if candidates repeat too often
     */
    public static <T> Gen<List<T>> distinct(Gen<T> values, int min, int max) {
        return Gen.ints(min, max).flatMap(count -> random -> {
            Set<T> seen = new HashSet<>();
            List<T> out = new ArrayList<>(count);
            int misses = 0;
            while (out.size() < count) {
                T value = values.generate(random);
                if (seen.add(value)) {
                    out.add(value);
                } else if (++misses > 100 * (count + 1)) {
                    throw new GenerationException("could not draw " + count + " distinct values; got " + out.size());
                }
            }
            return List.copyOf(out);
        });
    }
}
