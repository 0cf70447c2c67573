package org.engagementrubrics.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.conditions.Citation;
import org.engagementrubrics.core.internal.InstrumentChecks;
import org.engagementrubrics.core.internal.InstrumentWarnings;
import org.engagementrubrics.core.internal.QuietBanner;
import org.engagementrubrics.core.internal.ResponseCheck;
import org.engagementrubrics.core.internal.ResponseConstraints;
import org.engagementrubrics.core.response.Response;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.engagementrubrics.core.internal.Words;

/**
 * Validates instruments and responses, returning <em>every</em> problem with its path and code.
 *
 * <pre>{@code
 * RubricValidator validator = RubricValidator.create();     // build once, share
 * List<Problem> problems = validator.validate(instrument);  // empty when valid
 * List<Problem> answers = validator.validate(response, instrument); // checked against its instrument
 * validator.requireValid(response, instrument);             // throws InvalidDataException
 * }</pre>
 *
 * <p>Instruments and responses are checked with Jakarta Bean Validation (Hibernate Validator, no EL
 * needed); a response is also checked against its instrument. The first check that finds a breach builds
 * the Bean Validation factory (a few hundred milliseconds), so build one validator and share it: this class
 * is thread-safe, and immutable but for that factory, made once on first need.
 */
public final class RubricValidator {

    private static final Pattern CONTAINER_NODE = Pattern.compile("\\.<[^>]*>");

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("NotNull", ProblemCodes.MISSING),
            Map.entry("NotBlank", ProblemCodes.BLANK),
            Map.entry("NotEmpty", ProblemCodes.EMPTY),
            Map.entry("Size", ProblemCodes.SIZE),
            Map.entry("Positive", ProblemCodes.OUT_OF_RANGE),
            Map.entry("PositiveOrZero", ProblemCodes.OUT_OF_RANGE),
            Map.entry("Min", ProblemCodes.OUT_OF_RANGE),
            Map.entry("Max", ProblemCodes.OUT_OF_RANGE),
            Map.entry("WellFormedId", ProblemCodes.INVALID_ID),
            Map.entry("UniqueIds", ProblemCodes.DUPLICATE_ID),
            Map.entry("DistinctLabels", ProblemCodes.DUPLICATE_LABEL),
            Map.entry("ConsistentOrder", ProblemCodes.INCONSISTENT_ORDER),
            Map.entry("ResolvedReferences", ProblemCodes.UNKNOWN_REFERENCE));

    /** The embedder's validator, or, for {@link #create()}, the one made on first need; then kept. */
    private volatile Validator validator;
    /** The default locale when {@link #create()} was called, whose messages a validator made later speaks. */
    private final Locale locale;
    private final Object lock = new Object();
    /**
     * Made by {@link #create()}, so that the constraints are the library's own: a response that satisfies
     * them by hand ({@link ResponseConstraints}) needs no walk by Bean Validation, and an instrument is
     * checked by {@link InstrumentChecks}, which gives Bean Validation's verdict without its reflective walk.
     * An embedder's validator may carry more constraints, so it always walks.
     */
    private final boolean ownConstraints;
    /**
     * Whether the breaches that {@link InstrumentChecks} finds are reported with its own (English) messages:
     * only when Bean Validation's messages are those, which depends on the locale. Decided on the first
     * breach, since a valid instrument has no message to word.
     */
    private volatile Boolean speaksEnglish;

    private RubricValidator(Validator validator, Locale locale, boolean ownConstraints) {
        this.validator = validator;
        this.locale = locale;
        this.ownConstraints = ownConstraints;
    }

    /**
     * Obtains a validator backed by Hibernate Validator with parameter-only message interpolation.
     *
     * <p>The Hibernate Validator factory is built only when first needed (a response or instrument that breaks
     * a constraint, whose messages it words), with the default locale of this call; valid data are checked by
     * hand with the same verdict. This touches nothing process-wide: no system property, no logging
     * configuration. Hibernate Validator logs through JBoss Logging, which picks its backend once per JVM; an
     * application that wants those lines (such as the start-up line {@code HV000001}) in SLF4J sets
     * {@code -Dorg.jboss.logging.provider=slf4j} itself, on the command line or in {@code main} before any
     * validator is made, as the {@code rubric} command line does.
     *
     * @return the validator
     */
    public static RubricValidator create() {
        return new RubricValidator(null, Locale.getDefault(), true);
    }

    /** Returns the Bean Validation validator, building ours on the first call (a few hundred milliseconds). */
    private Validator validator() {
        Validator made = validator;
        if (made == null) {
            synchronized (lock) {
                made = validator;
                if (made == null) {
                    QuietBanner.quiet();
                    ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                            .configure()
                            .messageInterpolator(new ParameterMessageInterpolator(Set.of(), locale, false))
                            .buildValidatorFactory();
                    made = factory.getValidator();
                    validator = made;
                }
            }
        }
        return made;
    }

    /** Checks if the factory's messages are the English ones, which depend on the locale at creation. */
    private boolean speaksEnglish() {
        Boolean english = speaksEnglish;
        if (english == null) {
            Set<ConstraintViolation<Citation>> probe = validator().validate(new Citation(" ", "probe"));
            english = probe.size() == 1 && probe.iterator().next().getMessage().equals(InstrumentChecks.NOT_BLANK);
            speaksEnglish = english;
        }
        return english;
    }

    /**
     * Obtains a validator that uses the embedder's own Bean Validation validator.
     *
     * @param validator the validator, not null
     * @return the rubric validator
     */
    public static RubricValidator using(Validator validator) {
        return new RubricValidator(Objects.requireNonNull(validator, "validator"), null, false);
    }

    /**
     * Checks if this validator holds responses to the library's own constraints only, as one made by
     * {@link #create()} does; one made by {@link #using(Validator)} may carry an embedder's constraints too, so
     * a reader that checks responses by hand must give them to this validator instead.
     *
     * @return true if made by {@link #create()}
     */
    public boolean ownConstraintsOnly() {
        return ownConstraints;
    }

    /**
     * Returns every problem of an instrument, sorted by path.
     *
     * @param instrument the instrument, not null
     * @return the problems, empty if valid
     */
    public List<Problem> validate(Instrument instrument) {
        Objects.requireNonNull(instrument, "instrument");
        if (!ownConstraints) {
            return problems(validator().validate(instrument));
        }
        List<InstrumentChecks.Violation> violations = InstrumentChecks.of(instrument);
        if (violations.isEmpty()) {
            return List.of();
        }
        if (!speaksEnglish()) {
            return problems(validator().validate(instrument));
        }
        List<Problem> problems = new ArrayList<>(violations.size());
        for (InstrumentChecks.Violation violation : violations) {
            problems.add(problem(violation.path(), violation.constraint(), violation.classLevel(),
                    violation.message(), violation.invalidValue()));
        }
        return sorted(problems);
    }

    /**
     * Returns every error and every warning of an instrument, sorted by path.
     *
     * <p>Errors are what {@link #validate(Instrument)} returns. Warnings ({@link Severity#WARNING}) are
     * findings that leave the instrument usable, so readers accept it and the engine scores it, but that are
     * probably not what its author meant: a matrix cell with no statements ({@code empty-cell}), a row with
     * no cell for a column ({@code missing-cell}), a profile rule that asks for more rows than the matrix has
     * ({@code unreachable-rule}), and the first profile rule that would classify a response with no marks at
     * all ({@code classifies-no-evidence}). The list of warning checks may grow in a minor release.
     *
     * @param instrument the instrument, not null
     * @return the errors and warnings, empty if there are none
     */
    public List<Problem> findings(Instrument instrument) {
        List<Problem> problems = new ArrayList<>(validate(instrument));
        problems.addAll(InstrumentWarnings.of(instrument));
        return sorted(problems);
    }

    /**
     * Returns every problem of a response on its own, sorted by path, <em>skipping every check against its
     * instrument</em>.
     *
     * <p>Only the response's own data rules are checked (well-formed ids, a rater and a subject that are not
     * blank, the shape of its evidence). Whether it names the instrument and version, whether its evidence
     * kind fits the instrument, whether every marked or rated id exists and every rating is on the scale is
     * <em>not</em> checked: a response that marks statements no instrument has passes here. Prefer
     * {@link #validate(Response, Instrument)}, which does both; use this only where the instrument is not at
     * hand, such as when checking a file of responses before the instrument is known.
     *
     * @param response the response, not null
     * @return the problems, empty if valid
     */
    public List<Problem> validate(Response response) {
        Objects.requireNonNull(response, "response");
        if (ownConstraints && ResponseConstraints.hold(response)) {
            return List.of();
        }
        return problems(validator().validate(response));
    }

    /**
     * Returns every problem of a response, on its own and against its instrument, sorted by path: the
     * recommended way to validate a response.
     *
     * @param response the response, not null
     * @param instrument the instrument it answers, not null
     * @return the problems, empty if valid
     */
    public List<Problem> validate(Response response, Instrument instrument) {
        List<Problem> problems = new ArrayList<>(validate(response));
        problems.addAll(ResponseCheck.problems(response, Objects.requireNonNull(instrument, "instrument")));
        return sorted(problems);
    }

    /**
     * Returns the instrument if it is valid.
     *
     * @param <T> the instrument type
     * @param instrument the instrument, not null
     * @return the instrument
     * @throws InvalidDataException holding every problem, if not valid
     */
    public <T extends Instrument> T requireValid(T instrument) {
        List<Problem> problems = validate(instrument);
        if (!problems.isEmpty()) {
            throw new InvalidDataException("instrument '" + instrument.id() + "'", problems);
        }
        return instrument;
    }

    /**
     * Returns the response if it is valid against its instrument.
     *
     * @param response the response, not null
     * @param instrument the instrument, not null
     * @return the response
     * @throws InvalidDataException holding every problem, if not valid
     */
    public Response requireValid(Response response, Instrument instrument) {
        List<Problem> problems = validate(response, instrument);
        if (!problems.isEmpty()) {
            throw new InvalidDataException("response '" + response.id() + "'", problems);
        }
        return response;
    }

    /**
     * Converts Bean Validation violations on this library's types to problems, sorted by path.
     *
     * <p>For embedders that validate with their own {@code @Valid}: the violation's constraint gives the
     * code ({@code @NotBlank} → {@code blank}, {@code @UniqueIds} → {@code duplicate-id}, …).
     *
     * @param violations the violations, not null
     * @return the problems
     */
    public static List<Problem> problems(Collection<? extends ConstraintViolation<?>> violations) {
        Objects.requireNonNull(violations, "violations");
        List<Problem> problems = new ArrayList<>(violations.size());
        for (ConstraintViolation<?> violation : violations) {
            problems.add(problem(violation));
        }
        return sorted(problems);
    }

    private static Problem problem(ConstraintViolation<?> violation) {
        String path = CONTAINER_NODE.matcher(violation.getPropertyPath().toString()).replaceAll("");
        ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
        String constraint = descriptor.getAnnotation().annotationType().getSimpleName();
        boolean classLevel = descriptor.getAnnotation().annotationType().getPackage()
                == UniqueIds.class.getPackage() && !constraint.equals("WellFormedId");
        return problem(path, constraint, classLevel, violation.getMessage(), violation.getInvalidValue());
    }

    /** Builds a problem from a breach of the constraint of that simple name. */
    private static Problem problem(String path, String constraint, boolean classLevel, String violationMessage,
            Object invalidValue) {
        String code = CODES.getOrDefault(constraint, ProblemCodes.INVALID_VALUE);
        String message;
        if (classLevel) {
            message = violationMessage;
        } else {
            String field = fieldName(path);
            message = field + " " + violationMessage + "; was " + describe(invalidValue);
        }
        return Problem.of(path, code, message);
    }

    private static String fieldName(String path) {
        if (path.isEmpty()) {
            return "value";
        }
        String[] parts = path.split("\\.");
        String last = parts[parts.length - 1];
        if (last.startsWith("values[") && parts.length > 1) {
            return parts[parts.length - 2] + " (language " + last.substring(7, last.length() - 1) + ")";
        }
        return last;
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence text) {
            String shown = text.length() > 60 ? text.subSequence(0, 57) + "..." : text.toString();
            return "'" + shown + "'";
        }
        if (value instanceof Collection<?> collection) {
            return collection.isEmpty() ? "empty" : Words.count(collection.size(), "member");
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return Words.withArticle(value.getClass().getSimpleName());
    }

    private static List<Problem> sorted(List<Problem> problems) {
        List<Problem> copy = new ArrayList<>(problems);
        copy.sort(null);
        return List.copyOf(copy);
    }
}
