package org.engagementrubrics.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.checklist.ChecklistGroup;
import org.engagementrubrics.core.checklist.ChecklistItem;
import org.engagementrubrics.core.conditions.Citation;
import org.engagementrubrics.core.conditions.Condition;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.conditions.Indicator;
import org.engagementrubrics.core.district.DistrictDimension;
import org.engagementrubrics.core.district.DistrictIndicator;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.matrix.Archetype;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.Dimension;
import org.engagementrubrics.core.matrix.ProfileCondition;
import org.engagementrubrics.core.matrix.ProfileRule;
import org.engagementrubrics.core.matrix.Stage;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Standard;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.survey.ContactGoal;
import org.engagementrubrics.core.survey.MonitoredGroup;
import org.engagementrubrics.core.points.Criterion;
import org.engagementrubrics.core.points.CriterionScale;
import org.engagementrubrics.core.points.Level;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.core.survey.Survey;

/**
 * Rebuilds an instrument from its components into fresh collections and maps (filled in reverse order),
 * optionally changing exactly one field: the n-th site of one kind.
 *
 * <p>With no mutation the copy must be equal to the original; with one, it must differ from it. The
 * traversal visits every component, so {@link #count(Instrument)} tells how many sites of each kind an
 * instrument has.
 */
final class Rebuilder {

    /** The kinds of field a mutation can change. */
    enum Site {
        /** An id: of the instrument, a row, a column, a statement, an indicator, an item, a rule, an erratum... */
        ID,
        /** A number: a stage position, a standard, condition or indicator number, a rank, a scale value, a count, points, a weight, a ranged flag. */
        NUMBER,
        /** The default text of a statement. */
        STATEMENT_TEXT,
        /** Any localized text, which gains a translation. */
        TRANSLATION,
        /** Any extensions, which gain a key. */
        EXTENSION
    }

    private static final List<String> NEW_LANGUAGES = List.of("it", "ja", "ko", "nl", "sv", "fi", "pl");

    private final Site target;
    private final int index;
    private final Map<Site, Integer> seen = new EnumMap<>(Site.class);
    private String mutated;

    private Rebuilder(Site target, int index) {
        this.target = target;
        this.index = index;
    }

    /** Returns an equal copy made of fresh collections. */
    static Instrument copy(Instrument instrument) {
        return new Rebuilder(null, -1).instrument(instrument);
    }

    /** Returns how many sites of each kind the instrument has. */
    static Map<Site, Integer> count(Instrument instrument) {
        Rebuilder counter = new Rebuilder(null, -1);
        counter.instrument(instrument);
        Map<Site, Integer> counts = new EnumMap<>(Site.class);
        for (Site site : Site.values()) {
            counts.put(site, counter.seen.getOrDefault(site, 0));
        }
        return counts;
    }

    /** A copy with the n-th site of a kind changed, and what was changed. */
    record Mutation(Instrument instrument, String change) {
    }

    /** Returns a copy with the {@code index}-th site of kind {@code site} changed. */
    static Mutation mutate(Instrument instrument, Site site, int index) {
        Rebuilder rebuilder = new Rebuilder(site, index);
        Instrument copy = rebuilder.instrument(instrument);
        if (rebuilder.mutated == null) {
            throw new IllegalArgumentException("no " + site + " site #" + index + " in " + instrument.id());
        }
        return new Mutation(copy, rebuilder.mutated);
    }

    private boolean hit(Site site) {
        int n = seen.merge(site, 1, Integer::sum) - 1;
        return site == target && n == index;
    }

    // ----- sites --------------------------------------------------------------------------------

    private String id(String id) {
        if (hit(Site.ID)) {
            mutated = "id '" + id + "' -> '" + id + "-m'";
            return id + "-m";
        }
        return new String(id);
    }

    private int number(int number) {
        if (hit(Site.NUMBER)) {
            mutated = "number " + number + " -> " + (number + 1);
            return number + 1;
        }
        return number;
    }

    /** A decimal, copied with a padded scale: canonical forms must make the copy equal. */
    private BigDecimal decimal(BigDecimal value) {
        if (hit(Site.NUMBER)) {
            mutated = "decimal " + value + " -> " + value.add(BigDecimal.ONE);
            return value.add(BigDecimal.ONE);
        }
        return value.setScale(value.scale() + 1);
    }

    private boolean flag(boolean value) {
        if (hit(Site.NUMBER)) {
            mutated = "flag " + value + " -> " + !value;
            return !value;
        }
        return value;
    }

    private LocalizedText text(LocalizedText text) {
        if (text == null) {
            return null;
        }
        Map<String, String> values = reversed(text.values());
        if (hit(Site.TRANSLATION)) {
            String language = NEW_LANGUAGES.stream().filter(l -> !values.containsKey(l)).findFirst().orElseThrow();
            values.put(language, "added " + language);
            mutated = "translation " + language + " added to '" + text.text() + "'";
        }
        return new LocalizedText(values, new String(text.defaultLanguage()));
    }

    private LocalizedText statementText(LocalizedText text) {
        LocalizedText copy = text(text);
        if (hit(Site.STATEMENT_TEXT)) {
            Map<String, String> values = new LinkedHashMap<>(copy.values());
            values.put(copy.defaultLanguage(), copy.text() + " (changed)");
            mutated = "statement text '" + copy.text() + "' changed";
            return new LocalizedText(values, copy.defaultLanguage());
        }
        return copy;
    }

    private Extensions extensions(Extensions extensions) {
        Map<String, ExtensionValue> values = new LinkedHashMap<>();
        reversed(extensions.values()).forEach((k, v) -> values.put(k, value(v)));
        if (hit(Site.EXTENSION)) {
            String key = "added";
            while (values.containsKey(key)) {
                key += "+";
            }
            values.put(key, ExtensionValue.of(true));
            mutated = "extension '" + key + "' added";
        }
        return new Extensions(values);
    }

    private ExtensionValue value(ExtensionValue value) {
        if (value instanceof ExtensionValue.ArrayValue array) {
            return new ExtensionValue.ArrayValue(list(array.values(), this::value));
        } else if (value instanceof ExtensionValue.ObjectValue object) {
            Map<String, ExtensionValue> values = new LinkedHashMap<>();
            reversed(object.values()).forEach((k, v) -> values.put(k, value(v)));
            return new ExtensionValue.ObjectValue(values);
        } else if (value instanceof ExtensionValue.StringValue string) {
            return new ExtensionValue.StringValue(new String(string.value()));
        } else if (value instanceof ExtensionValue.NumberValue number) {
            return new ExtensionValue.NumberValue(new java.math.BigDecimal(number.value().unscaledValue(),
                    number.value().scale()));
        }
        return value;
    }

    private static <K, V> Map<K, V> reversed(Map<K, V> map) {
        List<Map.Entry<K, V>> entries = new ArrayList<>(map.entrySet());
        Collections.reverse(entries);
        Map<K, V> out = new LinkedHashMap<>();
        entries.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static <T> List<T> list(List<T> values, Function<T, T> copy) {
        List<T> out = new ArrayList<>(values.size());
        for (T value : values) {
            out.add(copy.apply(value));
        }
        return out;
    }

    private static String string(String value) {
        return value == null ? null : new String(value);
    }

    // ----- structure ----------------------------------------------------------------------------

    private Statement statement(Statement s) {
        return new Statement(id(s.id()), statementText(s.text()), extensions(s.extensions()));
    }

    private Cell cell(Cell c) {
        return new Cell(string(c.columnId()), list(c.statements(), this::statement));
    }

    private Source source(Source s) {
        return new Source(text(s.title()), string(s.attribution()), string(s.citation()));
    }

    private Erratum erratum(Erratum e) {
        return new Erratum(id(e.id()), string(e.location()), text(e.seedSays()), text(e.resolution()), text(e.reason()));
    }

    private RatingScale scale(RatingScale scale) {
        return new RatingScale(list(scale.points(), p -> new ScalePoint(number(p.value()), text(p.label()))));
    }

    private Instrument instrument(Instrument instrument) {
        String id = id(instrument.id());
        String version = string(instrument.version());
        LocalizedText title = text(instrument.title());
        Source source = source(instrument.source());
        List<Erratum> errata = list(instrument.errata(), this::erratum);
        Extensions extensions = extensions(instrument.extensions());
        if (instrument instanceof StagedRubric r) {
            return new StagedRubric(id, version, title, source, errata, extensions,
                    list(r.stages(), s -> new Stage(id(s.id()), number(s.position()), text(s.label()), extensions(s.extensions()))),
                    list(r.standards(), s -> new Standard(id(s.id()), number(s.number()), text(s.title()), text(s.intent()),
                            list(s.cells(), this::cell), extensions(s.extensions()))));
        } else if (instrument instanceof ArchetypeMatrix m) {
            return new ArchetypeMatrix(id, version, title, source, errata, extensions, text(m.instructions()),
                    list(m.archetypes(), a -> new Archetype(id(a.id()), number(a.rank()), text(a.name()), text(a.motto()),
                            text(a.levelName()), extensions(a.extensions()))),
                    list(m.dimensions(), d -> new Dimension(id(d.id()), text(d.name()), list(d.cells(), this::cell),
                            extensions(d.extensions()))),
                    list(m.profileRules(), p -> new ProfileRule(id(p.id()), number(p.rank()), text(p.label()),
                            list(p.conditions(), c -> new ProfileCondition(c.selector(), list(c.columnIds(), Rebuilder::string),
                                    c.comparison(), number(c.count()))))));
        } else if (instrument instanceof ConditionsAssessment a) {
            return new ConditionsAssessment(id, version, title, source, errata, extensions, text(a.purpose()), scale(a.scale()),
                    list(a.conditions(), c -> new Condition(id(c.id()), number(c.number()), text(c.name()),
                            list(c.indicators(), i -> new Indicator(id(i.id()), number(i.number()), text(i.text()),
                                    list(i.citations(), x -> new Citation(string(x.framework()), string(x.reference()))),
                                    extensions(i.extensions()))),
                            extensions(c.extensions()))));
        } else if (instrument instanceof Survey s) {
            return new Survey(id, version, title, source, errata, extensions, text(s.prompt()), scale(s.scale()),
                    list(s.statements(), this::statement),
                    list(s.goals(), g -> new ContactGoal(id(g.id()), text(g.description()), number(g.targetPercent()), g.period(),
                            list(g.monitoredGroups(), m -> new MonitoredGroup(id(m.id()), text(m.label()))))));
        } else if (instrument instanceof DistrictIndicators d) {
            return new DistrictIndicators(id, version, title, source, errata, extensions,
                    list(d.indicators(), i -> new DistrictIndicator(id(i.id()), text(i.coreFunction()),
                            new DistrictDimension(string(i.dimension().code()), text(i.dimension().name())),
                            text(i.effectivePractice()), text(i.text()), text(i.explanation()),
                            list(i.guidingQuestions(), this::text), extensions(i.extensions()))));
        }
        if (instrument instanceof PointsRubric p) {
            return new PointsRubric(id, version, title, source, errata, extensions, list(p.criteria(),
                    c -> new Criterion(id(c.id()), text(c.title()), text(c.description()), decimal(c.weight()),
                            c.scale() instanceof CriterionScale.Levels levels
                                    ? new CriterionScale.Levels(list(levels.levels(), l -> new Level(id(l.id()),
                                            text(l.label()), text(l.description()), decimal(l.points()),
                                            extensions(l.extensions()))), flag(levels.ranged()))
                                    : new CriterionScale.FreeForm(decimal(((CriterionScale.FreeForm) c.scale()).maximum())),
                            extensions(c.extensions()))));
        }
        Checklist c = (Checklist) instrument;
        return new Checklist(id, version, title, source, errata, extensions,
                list(c.groups(), g -> new ChecklistGroup(id(g.id()), text(g.title()),
                        list(g.items(), i -> new ChecklistItem(id(i.id()), text(i.label()), text(i.text()),
                                extensions(i.extensions()))),
                        extensions(g.extensions()))));
    }
}
