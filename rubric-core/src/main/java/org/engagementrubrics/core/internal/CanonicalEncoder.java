package org.engagementrubrics.core.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.ExtensionValue;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.LocalizedText;
import org.engagementrubrics.core.RatingScale;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.district.DistrictIndicators;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.StagedRubric;
import org.engagementrubrics.core.matrix.Statement;
import org.engagementrubrics.core.points.CriterionScale;
import org.engagementrubrics.core.points.PointsRubric;
import org.engagementrubrics.core.survey.Survey;

/**
 * Writes the canonical content of an instrument into a SHA-256 digest: the basis of
 * {@link org.engagementrubrics.core.Fingerprint}. Not part of the API.
 *
 * <p>Every value is tagged and every string and list is length-prefixed, so distinct contents never
 * encode alike. Maps are already sorted by key in every public type. An encoder serves one call only.
 */
public final class CanonicalEncoder {

    private final MessageDigest digest;

    private CanonicalEncoder() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    /**
     * Returns the SHA-256 of an instrument's canonical content.
     *
     * @param instrument the instrument
     * @return 64 lower-case hex digits
     */
    public static String sha256Hex(Instrument instrument) {
        CanonicalEncoder encoder = new CanonicalEncoder();
        encoder.instrument(instrument);
        return HexFormat.of().formatHex(encoder.digest.digest());
    }

    private void tag(char tag) {
        digest.update((byte) tag);
    }

    private void integer(long value) {
        tag('i');
        for (int shift = 56; shift >= 0; shift -= 8) {
            digest.update((byte) (value >>> shift));
        }
    }

    private void length(int size) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            digest.update((byte) (size >>> shift));
        }
    }

    private void string(String value) {
        if (value == null) {
            tag('0');
            return;
        }
        tag('s');
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        length(bytes.length);
        digest.update(bytes);
    }

    /** A decimal in the model's canonical form, so that numerically equal values encode alike. */
    private void decimal(BigDecimal value) {
        tag('d');
        string(value.toPlainString());
    }

    private void bool(boolean value) {
        tag(value ? 'T' : 'F');
    }

    private void text(LocalizedText text) {
        if (text == null) {
            tag('0');
            return;
        }
        tag('L');
        string(text.defaultLanguage());
        length(text.values().size());
        text.values().forEach((language, value) -> {
            string(language);
            string(value);
        });
    }

    private interface Writer<T> {
        void write(T value);
    }

    private <T> void list(List<T> values, Writer<T> writer) {
        tag('[');
        length(values.size());
        for (T value : values) {
            writer.write(value);
        }
    }

    private void extensions(Extensions extensions) {
        tag('X');
        extensionMap(extensions.values());
    }

    private void extensionMap(Map<String, ExtensionValue> values) {
        length(values.size());
        values.forEach((key, value) -> {
            string(key);
            extensionValue(value);
        });
    }

    private void extensionValue(ExtensionValue value) {
        if (value instanceof ExtensionValue.NullValue) {
            tag('n');
        } else if (value instanceof ExtensionValue.BooleanValue flag) {
            bool(flag.value());
        } else if (value instanceof ExtensionValue.NumberValue number) {
            tag('d');
            string(number.value().toString());
        } else if (value instanceof ExtensionValue.StringValue text) {
            string(text.value());
        } else if (value instanceof ExtensionValue.ArrayValue array) {
            list(array.values(), this::extensionValue);
        } else {
            tag('{');
            extensionMap(((ExtensionValue.ObjectValue) value).values());
        }
    }

    private void instrument(Instrument instrument) {
        string(instrument.kind().kindName());
        string(instrument.id());
        string(instrument.version());
        text(instrument.title());
        text(instrument.source().title());
        string(instrument.source().attribution());
        string(instrument.source().citation());
        list(instrument.errata(), erratum -> {
            string(erratum.id());
            string(erratum.location());
            text(erratum.seedSays());
            text(erratum.resolution());
            text(erratum.reason());
        });
        extensions(instrument.extensions());
        if (instrument instanceof StagedRubric rubric) {
            list(rubric.stages(), stage -> {
                string(stage.id());
                integer(stage.position());
                text(stage.label());
                extensions(stage.extensions());
            });
            list(rubric.standards(), standard -> {
                string(standard.id());
                integer(standard.number());
                text(standard.title());
                text(standard.intent());
                list(standard.cells(), this::cell);
                extensions(standard.extensions());
            });
        } else if (instrument instanceof ArchetypeMatrix matrix) {
            text(matrix.instructions());
            list(matrix.archetypes(), archetype -> {
                string(archetype.id());
                integer(archetype.rank());
                text(archetype.name());
                text(archetype.motto());
                text(archetype.levelName());
                extensions(archetype.extensions());
            });
            list(matrix.dimensions(), dimension -> {
                string(dimension.id());
                text(dimension.name());
                list(dimension.cells(), this::cell);
                extensions(dimension.extensions());
            });
            list(matrix.profileRules(), rule -> {
                string(rule.id());
                integer(rule.rank());
                text(rule.label());
                list(rule.conditions(), condition -> {
                    string(condition.selector().name());
                    list(condition.columnIds(), this::string);
                    string(condition.comparison().name());
                    integer(condition.count());
                });
            });
        } else if (instrument instanceof ConditionsAssessment assessment) {
            text(assessment.purpose());
            scale(assessment.scale());
            list(assessment.conditions(), condition -> {
                string(condition.id());
                integer(condition.number());
                text(condition.name());
                list(condition.indicators(), indicator -> {
                    string(indicator.id());
                    integer(indicator.number());
                    text(indicator.text());
                    list(indicator.citations(), citation -> {
                        string(citation.framework());
                        string(citation.reference());
                    });
                    extensions(indicator.extensions());
                });
                extensions(condition.extensions());
            });
        } else if (instrument instanceof DistrictIndicators district) {
            list(district.indicators(), indicator -> {
                string(indicator.id());
                text(indicator.coreFunction());
                string(indicator.dimension().code());
                text(indicator.dimension().name());
                text(indicator.effectivePractice());
                text(indicator.text());
                text(indicator.explanation());
                list(indicator.guidingQuestions(), this::text);
                extensions(indicator.extensions());
            });
        } else if (instrument instanceof Checklist checklist) {
            list(checklist.groups(), group -> {
                string(group.id());
                text(group.title());
                list(group.items(), item -> {
                    string(item.id());
                    text(item.label());
                    text(item.text());
                    extensions(item.extensions());
                });
                extensions(group.extensions());
            });
        } else if (instrument instanceof PointsRubric rubric) {
            list(rubric.criteria(), criterion -> {
                string(criterion.id());
                text(criterion.title());
                text(criterion.description());
                decimal(criterion.weight());
                if (criterion.scale() instanceof CriterionScale.Levels levels) {
                    bool(levels.ranged());
                    list(levels.levels(), level -> {
                        string(level.id());
                        text(level.label());
                        text(level.description());
                        decimal(level.points());
                        extensions(level.extensions());
                    });
                } else {
                    tag('f');
                    decimal(((CriterionScale.FreeForm) criterion.scale()).maximum());
                }
                extensions(criterion.extensions());
            });
        } else {
            Survey survey = (Survey) instrument;
            text(survey.prompt());
            scale(survey.scale());
            list(survey.statements(), this::statement);
            list(survey.goals(), goal -> {
                string(goal.id());
                text(goal.description());
                integer(goal.targetPercent());
                string(goal.period().name());
                list(goal.monitoredGroups(), group -> {
                    string(group.id());
                    text(group.label());
                });
            });
        }
    }

    private void cell(Cell cell) {
        string(cell.columnId());
        list(cell.statements(), this::statement);
    }

    private void statement(Statement statement) {
        string(statement.id());
        text(statement.text());
        extensions(statement.extensions());
    }

    private void scale(RatingScale scale) {
        list(scale.points(), point -> {
            integer(point.value());
            text(point.label());
        });
    }
}
