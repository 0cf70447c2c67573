package org.engagementrubrics.json;

import java.util.List;
import java.util.Objects;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.core.scoring.CheckedResponse;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.validation.Problem;
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
        return new Against(prepared.instrument(), Objects.requireNonNull(prepared, "prepared"));
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

    @Override
    public String toString() {
        return prepared != null ? "against " + prepared : instrument != null ? "against " + instrument.id() + "@" + instrument.version() : "on their own";
    }

    /** A response's problems and, against a prepared instrument, its check (null otherwise). */
    record Checked(List<Problem> problems, CheckedResponse checked) {
    }
}
