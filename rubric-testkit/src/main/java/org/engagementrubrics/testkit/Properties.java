package org.engagementrubrics.testkit;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Runs properties: checks a property against many generated values, each from its own seed, and
 * reports a failure with everything needed to replay it.
 *
 * <pre>{@code
 * @Test
 * void reversingTwiceGivesTheList() {
 *     Properties.forAll("reverse twice", 300, Gen.ints(0, 9).listOf(0, 20), list ->
 *             assertThat(reversed(reversed(list))).isEqualTo(list));
 * }
 * }</pre>
 *
 * <h2>Seeds</h2>
 * Every run has a <em>base seed</em>, read from the system property {@value #SEED_PROPERTY}: unset, it is
 * {@link #DEFAULT_SEED}, so the default build is deterministic; {@code -Drubric.seed=random} draws one from
 * the clock (once per JVM, printed to standard output); any other value is a decimal or {@code 0x} hex
 * long. Each case's seed is derived from the base seed, the property's name and the case's index
 * ({@link #caseSeed(long, String, int)}), and the case's value is generated from a fresh
 * {@link SplittableRandom} with that seed. So:
 * <ul>
 * <li>{@code -Drubric.seed=S} replays a whole run;</li>
 * <li>{@code -Drubric.caseSeed=C} runs each property once, on the value of case seed {@code C} only
 * (use it with {@code -Dtest=Class#method});</li>
 * <li>{@code -Drubric.cases=N} runs {@code N} cases per property instead of each property's own count.</li>
 * </ul>
 *
 * <h2>Failures</h2>
 * The first failing case stops the property with a {@link PropertyFailure}, an {@link AssertionError}
 * whose message gives the property, the case, the base seed, the case seed, the command line that reruns
 * it, and the generated value; its cause is the property's own failure. A generator that throws is
 * reported the same way.
 *
 * <h2>Shrinking</h2>
 * After a failure the runner asks the generator for smaller candidates of the failing value
 * ({@link Gen#shrink(Object)}) and checks them in order; the first that still fails becomes the value, and
 * the search goes on from it until no candidate fails or the budget is spent: {@value #DEFAULT_SHRINK_ATTEMPTS}
 * checks ({@value #SHRINK_ATTEMPTS_PROPERTY} changes it, 0 turns shrinking off) and
 * {@value #SHRINK_SECONDS} seconds, a guard for slow properties only. The search is deterministic: a
 * deterministic property shrinks a case seed to the same value every time. The message reports both the
 * original value, which its case seed replays, and the smallest failing value found, with its own failure.
 */
public final class Properties {

    /** The system property holding the base seed: a long, or {@code random}. */
    public static final String SEED_PROPERTY = "rubric.seed";
    /** The system property holding one case seed to replay instead of running every case. */
    public static final String CASE_SEED_PROPERTY = "rubric.caseSeed";
    /** The system property holding a number of cases that overrides every property's own. */
    public static final String CASES_PROPERTY = "rubric.cases";
    /** The system property holding how many candidates a failure's shrinking may check; 0 turns it off. */
    public static final String SHRINK_ATTEMPTS_PROPERTY = "rubric.shrinkAttempts";
    /** How many candidates a failure's shrinking checks at most, unless {@value #SHRINK_ATTEMPTS_PROPERTY} says. */
    public static final int DEFAULT_SHRINK_ATTEMPTS = 1_000;
    /** How long a failure's shrinking may take, in seconds; only slow properties ever reach it. */
    public static final int SHRINK_SECONDS = 10;
    /** The base seed when {@value #SEED_PROPERTY} is not set. */
    public static final long DEFAULT_SEED = 0x5EED_2026L;

    private static final long GOLDEN_GAMMA = 0x9E37_79B9_7F4A_7C15L;
    private static final int MAX_VALUE_CHARS = 20_000;
    private static final int MAX_CAUSE_CHARS = 4_000;

    private static final Object LOCK = new Object();
    private static Long randomSeed;

    private Properties() {
    }

    /**
     * Returns how many cases {@link #forAll(String, int, Gen, Consumer)} runs for a property declaring
     * {@code declared} cases: 1 when replaying a case seed, the {@value #CASES_PROPERTY} override if set,
     * otherwise {@code declared}.
     *
     * @param declared the property's own number of cases
     * @return the number of cases run
     */
    public static int effectiveCases(int declared) {
        String caseSeed = System.getProperty(CASE_SEED_PROPERTY);
        if (caseSeed != null && !caseSeed.isBlank()) {
            return 1;
        }
        String override = System.getProperty(CASES_PROPERTY);
        return override == null || override.isBlank() ? declared : (int) parseLong(CASES_PROPERTY, override);
    }

    /**
     * Checks if a property declaring {@code declared} cases runs at least that many, so that assertions
     * about what its generator covered (such as "some rows were tied") apply; false when a single case
     * is replayed or fewer cases are configured.
     *
     * @param declared the property's own number of cases
     * @return true if coverage assertions apply
     */
    public static boolean coverageApplies(int declared) {
        return effectiveCases(declared) >= declared;
    }

    /**
     * Checks a property against {@code cases} generated values, seeded from the configured base seed.
     *
     * @param <T> the type of the generated values
     * @param name the property's name, used in messages and in deriving case seeds, not null
     * @param cases how many values to check, at least 1 (overridden by {@value #CASES_PROPERTY})
     * @param gen the generator of values, not null
     * @param property the check, which fails by throwing (such as an AssertJ assertion), not null
     * @throws PropertyFailure on the first failing case
     */
    public static <T> void forAll(String name, int cases, Gen<T> gen, Consumer<? super T> property) {
        String caseSeed = System.getProperty(CASE_SEED_PROPERTY);
        if (caseSeed != null && !caseSeed.isBlank()) {
            check(name, -1, 1, baseSeed(), parseLong(CASE_SEED_PROPERTY, caseSeed), gen, property, caller());
            return;
        }
        run(name, effectiveCases(cases), baseSeed(), gen, property, caller());
    }

    /**
     * Checks a property against {@code cases} generated values from an explicit base seed, ignoring the
     * system properties.
     *
     * @param <T> the type of the generated values
     * @param name the property's name, not null
     * @param cases how many values to check, at least 1
     * @param baseSeed the base seed
     * @param gen the generator of values, not null
     * @param property the check, not null
     * @throws PropertyFailure on the first failing case
     */
    public static <T> void forAll(String name, int cases, long baseSeed, Gen<T> gen, Consumer<? super T> property) {
        run(name, cases, baseSeed, gen, property, caller());
    }

    /**
     * Checks a property against the one value a case seed gives, such as one printed by a failure.
     *
     * @param <T> the type of the generated value
     * @param caseSeed the case seed
     * @param gen the generator, not null
     * @param property the check, not null
     * @throws PropertyFailure if the case fails
     */
    public static <T> void replay(long caseSeed, Gen<T> gen, Consumer<? super T> property) {
        check("replay", -1, 1, caseSeed, caseSeed, gen, property, caller());
    }

    /**
     * Returns the value a generator gives for a case seed, exactly as a property run generates it.
     *
     * @param <T> the type of the value
     * @param gen the generator, not null
     * @param caseSeed the case seed
     * @return the value
     */
    public static <T> T generate(Gen<T> gen, long caseSeed) {
        return gen.generate(new SplittableRandom(caseSeed));
    }

    /**
     * Returns the configured base seed: {@value #SEED_PROPERTY} if set (a long, or {@code random} for one
     * drawn from the clock once per JVM), otherwise {@link #DEFAULT_SEED}.
     *
     * @return the base seed
     * @throws IllegalArgumentException if the property is neither a long nor {@code random}
     */
    public static long baseSeed() {
        String text = System.getProperty(SEED_PROPERTY);
        if (text == null || text.isBlank()) {
            return DEFAULT_SEED;
        }
        if (text.strip().equalsIgnoreCase("random")) {
            synchronized (LOCK) {
                if (randomSeed == null) {
                    // no print: a failing case reports this base seed with the command that replays it
                    randomSeed = mix(System.nanoTime() ^ System.currentTimeMillis() * GOLDEN_GAMMA);
                }
                return randomSeed;
            }
        }
        return parseLong(SEED_PROPERTY, text);
    }

    /**
     * Derives the seed of one case from the base seed, the property's name and the case's index, so that
     * properties draw independent values and a case can be replayed alone.
     *
     * @param baseSeed the base seed
     * @param name the property's name, not null
     * @param index the case's index, from 0
     * @return the case seed
     */
    public static long caseSeed(long baseSeed, String name, int index) {
        long stream = mix(baseSeed ^ mix(name.hashCode() * GOLDEN_GAMMA + 1));
        return mix(stream + GOLDEN_GAMMA * (index + 1L));
    }

    // ----- internals ----------------------------------------------------------------------------

    private static <T> void run(String name, int cases, long baseSeed, Gen<T> gen, Consumer<? super T> property,
            String caller) {
        Objects.requireNonNull(name, "name");
        if (cases < 1) {
            throw new IllegalArgumentException("cases must be at least 1; was " + cases);
        }
        for (int i = 0; i < cases; i++) {
            check(name, i, cases, baseSeed, caseSeed(baseSeed, name, i), gen, property, caller);
        }
    }

    private static <T> void check(String name, int index, int cases, long baseSeed, long caseSeed, Gen<T> gen,
            Consumer<? super T> property, String caller) {
        Objects.requireNonNull(gen, "gen");
        Objects.requireNonNull(property, "property");
        T value;
        try {
            value = generate(gen, caseSeed);
        } catch (RuntimeException | AssertionError e) {
            throw failure(name, index, cases, baseSeed, caseSeed, null, e, null, caller);
        }
        try {
            property.accept(value);
        } catch (RuntimeException | AssertionError e) {
            Shrunk<T> shrunk = shrink(gen, value, e, property, shrinkAttempts());
            throw failure(name, index, cases, baseSeed, caseSeed, value, e, shrunk, caller);
        }
    }

    /** The smallest failing value a shrinking search found, its failure, and what the search took. */
    record Shrunk<T>(T value, Throwable cause, int steps, int attempts) {
    }

    /**
     * Shrinks a failing value greedily: the first candidate that still fails replaces the value, until no
     * candidate fails or {@code maxAttempts} checks or {@value #SHRINK_SECONDS} seconds are spent.
     */
    static <T> Shrunk<T> shrink(Gen<T> gen, T value, Throwable cause, Consumer<? super T> property, int maxAttempts) {
        long deadline = System.nanoTime() + SHRINK_SECONDS * 1_000_000_000L;
        T current = value;
        Throwable currentCause = cause;
        int steps = 0;
        int attempts = 0;
        boolean progress = true;
        while (progress && attempts < maxAttempts && System.nanoTime() < deadline) {
            progress = false;
            List<T> candidates;
            try {
                candidates = gen.shrink(current);
            } catch (RuntimeException e) {
                // a shrinker that fails ends the search; the value found so far still fails
                break;
            }
            for (T candidate : candidates) {
                if (attempts >= maxAttempts || System.nanoTime() >= deadline) {
                    break;
                }
                attempts++;
                Throwable failure = failureOf(property, candidate);
                if (failure != null) {
                    current = candidate;
                    currentCause = failure;
                    steps++;
                    progress = true;
                    break;
                }
            }
        }
        return new Shrunk<>(current, currentCause, steps, attempts);
    }

    private static <T> Throwable failureOf(Consumer<? super T> property, T candidate) {
        try {
            property.accept(candidate);
            return null;
        } catch (RuntimeException | AssertionError e) {
            return e;
        }
    }

    private static int shrinkAttempts() {
        String text = System.getProperty(SHRINK_ATTEMPTS_PROPERTY);
        return text == null || text.isBlank() ? DEFAULT_SHRINK_ATTEMPTS
                : (int) Math.max(0, parseLong(SHRINK_ATTEMPTS_PROPERTY, text));
    }

    private static PropertyFailure failure(String name, int index, int cases, long baseSeed, long caseSeed,
            Object value, Throwable cause, Shrunk<?> shrunk, String caller) {
        boolean generated = shrunk != null;
        String nl = System.lineSeparator();
        String test = caller == null ? "" : " -Dtest=" + caller;
        StringBuilder message = new StringBuilder();
        message.append("Property '").append(name).append("' ")
                .append(generated ? "failed" : "could not generate its value")
                .append(index < 0 ? " on the replayed case" : " on case " + (index + 1) + " of " + cases)
                .append(nl).append("  base seed: ").append(baseSeed)
                .append(nl).append("  case seed: ").append(caseSeed)
                .append(nl).append("  rerun the run:  mvn test").append(test)
                .append(" -D").append(SEED_PROPERTY).append('=').append(baseSeed)
                .append(nl).append("  rerun the case: mvn test").append(test)
                .append(" -D").append(CASE_SEED_PROPERTY).append('=').append(caseSeed)
                .append(nl).append("  (in the module that holds the test: add -pl <module> in a multi-module build)")
                .append(nl).append("  value: ").append(generated ? truncate(String.valueOf(value), MAX_VALUE_CHARS)
                        : "(not generated)")
                .append(nl).append("  cause: ").append(truncate(String.valueOf(cause), MAX_CAUSE_CHARS));
        if (generated && shrunk.steps() > 0) {
            message.append(nl).append("  shrunk in ").append(shrunk.steps()).append(" steps (")
                    .append(shrunk.attempts()).append(" candidates checked) to the smallest failing value found:")
                    .append(nl).append("  shrunk value: ").append(truncate(String.valueOf(shrunk.value()), MAX_VALUE_CHARS))
                    .append(nl).append("  shrunk cause: ").append(truncate(String.valueOf(shrunk.cause()), MAX_CAUSE_CHARS));
        } else if (generated) {
            message.append(nl).append("  shrunk value: none smaller fails (").append(shrunk.attempts())
                    .append(" candidates checked)");
        }
        return new PropertyFailure(message.toString(), name, index, baseSeed, caseSeed, value,
                generated ? shrunk.value() : null, generated ? shrunk.steps() : 0, cause);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text
                : text.substring(0, max) + "... (" + (text.length() - max) + " more characters)";
    }

    /** Names the test that called the runner as {@code SimpleClass#method}, for the rerun command. */
    private static String caller() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
                .filter(f -> f.getDeclaringClass() != Properties.class)
                .findFirst()
                .map(f -> f.getDeclaringClass().getSimpleName() + "#" + enclosingMethod(f.getMethodName()))
                .orElse(null));
    }

    /** Maps a lambda's synthetic method, such as {@code lambda$myTest$3}, to its enclosing method. */
    private static String enclosingMethod(String method) {
        if (method.startsWith("lambda$")) {
            int end = method.indexOf('$', "lambda$".length());
            return end < 0 ? method : method.substring("lambda$".length(), end);
        }
        return method;
    }

    private static long parseLong(String property, String text) {
        try {
            return Long.decode(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("system property " + property + " must be a long (decimal or 0x hex)"
                    + (property.equals(SEED_PROPERTY) ? " or 'random'" : "") + "; was '" + text + "'", e);
        }
    }

    /** The SplitMix64 finalizer: a bijection on longs that spreads every input bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }
}
