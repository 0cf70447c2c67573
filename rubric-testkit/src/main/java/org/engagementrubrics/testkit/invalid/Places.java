package org.engagementrubrics.testkit.invalid;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.InstrumentKind;
import org.engagementrubrics.core.conditions.ConditionsAssessment;
import org.engagementrubrics.core.survey.Survey;
import org.engagementrubrics.testkit.invalid.Shapes.Place;
import org.engagementrubrics.testkit.invalid.Shapes.Role;
import tools.jackson.databind.JsonNode;

/**
 * Where in one document each defect of its tree may go: the format's rules for ids, labels and references, read
 * against the places its schema gives. Immutable and thread-safe.
 */
final class Places {

    private final String kind;
    private final boolean instrumentKind;
    private final Instrument instrument;
    private final JsonNode tree;
    private final List<Place> places;

    Places(String kind, Instrument instrument, JsonNode tree, List<Place> places) {
        this.kind = kind;
        this.instrumentKind = isInstrumentKind(kind);
        this.instrument = instrument;
        this.tree = tree;
        this.places = places;
    }

    /** The places a defect of the tree may go; empty when it cannot apply. */
    List<Place> candidates(Defect defect) {
        switch (defect) {
            case DUPLICATE_ID:
                return instrumentKind ? select(p -> p.role() == Role.ARRAY && p.value().size() >= 2
                        && allHave(p.value(), "id")) : List.of();
            case DUPLICATE_LABEL:
                return instrumentKind ? select(p -> p.role() == Role.ARRAY && p.value().size() >= 2
                        && labelField(p.pointer()) != null && allHave(p.value(), labelField(p.pointer()))) : List.of();
            case DANGLING_REFERENCE:
                if (instrumentKind) {
                    return select(p -> p.role() == Role.SCALAR && p.value().isString()
                            && p.pointer().matches(".*/(columnId|columnIds/[0-9]+)"));
                }
                return instrument == null ? List.of() : select(p -> isEvidenceEntry(p.pointer()));
            case OFF_SCALE_RATING:
                return instrument instanceof ConditionsAssessment || instrument instanceof Survey
                        ? select(p -> p.pointer().startsWith("/evidence/byItem/")
                        && tree.path("evidence").path("kind").asString("").equals("ratings")) : List.of();
            case OTHER_INSTRUMENT:
                return instrument == null ? List.of() : select(p -> p.pointer().equals("/instrumentId"));
            case WRONG_TYPE:
                return select(p -> !p.pointer().isEmpty() && !p.pointer().equals("/format") && !p.pointer().equals("/kind")
                        && p.role() != Role.FREE);
            case MISSING_FIELD:
                return select(p -> p.role() == Role.RECORD && p.required().stream().anyMatch(p.value()::has));
            case UNKNOWN_FIELD:
                return select(p -> p.role() == Role.RECORD);
            default:
                throw new IllegalArgumentException(defect.toString());
        }
    }

    /**
     * The field that must differ between the members of a list: stage labels, archetype and dimension names of a
     * matrix, profile-rule and scale-point labels; null for other lists.
     */
    String labelField(String pointer) {
        String list = pointer.substring(pointer.lastIndexOf('/') + 1);
        switch (list) {
            case "stages":
            case "profileRules":
            case "points":
                return "label";
            case "archetypes":
                return "name";
            case "dimensions":
                return kind.equals("archetype-matrix") ? "name" : null;
            default:
                return null;
        }
    }

    private static boolean isInstrumentKind(String kind) {
        for (InstrumentKind instrumentKind : InstrumentKind.values()) {
            if (instrumentKind.kindName().equals(kind)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEvidenceEntry(String pointer) {
        return pointer.matches("/evidence/(byItem|byIndicator|byCriterion)/[^/]+|/evidence/statementIds/[0-9]+");
    }

    /** Checks if every element of an array is an object with a value for the field (a label may be an object). */
    private static boolean allHave(JsonNode array, String field) {
        for (JsonNode element : array.values()) {
            if (!element.isObject() || element.path(field).isMissingNode() || element.path(field).isNull()) {
                return false;
            }
        }
        return true;
    }

    private List<Place> select(Predicate<Place> filter) {
        List<Place> selected = new ArrayList<>();
        for (Place place : places) {
            if (filter.test(place)) {
                selected.add(place);
            }
        }
        return selected;
    }

}
