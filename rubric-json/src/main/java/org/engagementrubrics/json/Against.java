package org.engagementrubrics.json;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.CheckedResponse;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoreResult;
import org.engagementrubrics.core.validation.Problem;
import org.engagementrubrics.core.validation.ProblemCodes;
import org.engagementrubrics.core.validation.RubricValidator;

/**
 * What a response read here is checked against: nothing (the response on its own), an instrument, or a
 * prepared instrument, whose check is kept with the response so that scoring does not repeat it.
 */
final class Against {

    static final Against NOTHING = new Against(null, null);

    private final Instrument instrument;
    private final PreparedInstrument<?, ?> prepared;

    private Against(Instrument instrument, PreparedInstrument<?, ?> prepared) {
        this.instrument = instrument;
        this.prepared = prepared;
    }

    /** Checks against an instrument, or against nothing when it is null. */
    static Against instrument(Instrument instrument) {
        return instrument == null ? NOTHING : new Against(instrument, null);
    }

    static Against prepared(PreparedInstrument<?, ?> prepared) {
        Objects.requireNonNull(prepared, "prepared");
        return new Against(prepared.instrument(), prepared);
    }

    /** Returns the prepared instrument checked against, or null. */
    PreparedInstrument<?, ?> prepared() {
        return prepared;
    }

    /**
     * Returns the problems of a response (on its own, and against the instrument when there is one), sorted
     * as the validator sorts them, and the prepared check when there is a prepared instrument.
     */
    Checked check(RubricValidator validator, Response response) {
        if (prepared == null) {
            return new Checked(instrument == null ? validator.validate(response)
                    : validator.validate(response, instrument), null);
        }
        CheckedResponse checked = prepared.check(response); // on its own too, with the engine's validator
        return new Checked(checked.problems(), checked);
    }

    /**
     * Returns a compact result with its explanations rebuilt from the prepared instrument, or null after reporting
     * why it cannot be: no prepared instrument ({@code instrument-required}), another fingerprint
     * ({@code instrument-mismatch}), or rows, items or a profile that are not the instrument's.
     */
    ScoreResult explain(CompactResult compact, Node root, Problems problems) {
        ScoreResult result = compact.result();
        if (prepared == null) {
            problems.add(root.members.get("explanation"), FormatCodes.INSTRUMENT_REQUIRED, "the result is compact"
                    + " (its explanation omitted) and is read only with the instrument it names, " + result.instrument()
                    + ", which rebuilds the explanation: pass the prepared instrument (readResult(json, sourceName,"
                    + " prepared); rubric explain --instrument)");
            return null;
        }
        if (!result.instrument().fingerprint().equals(prepared.fingerprint())) {
            Node fingerprint = root.locate("/instrument/fingerprint");
            problems.add(fingerprint, ProblemCodes.INSTRUMENT_MISMATCH, "the result names " + result.instrument()
                    + ", not the instrument given, " + prepared.ref() + "; read it with the instrument it names");
            return null;
        }
        try {
            return compact.tiePolicy() == null ? prepared.explained(result)
                    : prepared.explained(result, compact.tiePolicy());
        } catch (IllegalArgumentException e) {
            problems.add(root, FormatCodes.INVALID_VALUE, "the result does not fit instrument " + prepared.ref()
                    + ": " + e.getMessage());
            return null;
        }
    }

    @Override
    public String toString() {
        return prepared != null ? "against " + prepared : instrument != null ? "against " + instrument.id() + "@" + instrument.version() : "on their own";
    }

    /** A response's problems and, against a prepared instrument, its check (null otherwise). */
    record Checked(List<Problem> problems, CheckedResponse checked) {
    }
}
