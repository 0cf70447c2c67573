package org.engagementrubrics.core.agreement;

import java.util.Locale;

/**
 * How to bootstrap an interval for Krippendorff's alpha: the number of draws, the seed of the random numbers
 * and the level of the percentile interval (Hayes &amp; Krippendorff, 2007, "Answering the call for a standard
 * reliability measure for coding data").
 *
 * <pre>{@code
 * AlphaInterval interval = data.alphaInterval(Metric.ORDINAL, Bootstrap.of(5_000, 42L).withLevel(0.90));
 * }</pre>
 *
 * <p>The same data, metric and bootstrap always give the same interval, in any order of units, raters and
 * values. Immutable and thread-safe.
 */
public final class Bootstrap {

    /** The number of draws of {@link #defaults()}: 1,000. */
    public static final int DEFAULT_DRAWS = 1_000;
    /** The seed of {@link #defaults()}, fixed so that a report read twice shows the same interval. */
    public static final long DEFAULT_SEED = 20_070_101L;
    /** The level of {@link #defaults()} and of {@link #of(int, long)}: 0.95. */
    public static final double DEFAULT_LEVEL = 0.95;

    private static final Bootstrap DEFAULTS = new Bootstrap(DEFAULT_DRAWS, DEFAULT_SEED, DEFAULT_LEVEL);

    private final int draws;
    private final long seed;
    private final double level;

    private Bootstrap(int draws, long seed, double level) {
        this.draws = draws;
        this.seed = seed;
        this.level = level;
    }

    /**
     * Obtains the default bootstrap: 1,000 draws, seed {@value #DEFAULT_SEED}, level 0.95.
     *
     * @return the default bootstrap
     */
    public static Bootstrap defaults() {
        return DEFAULTS;
    }

    /**
     * Obtains a bootstrap with a number of draws and a seed, at level 0.95.
     *
     * @param draws the number of draws, 1 to 1,000,000
     * @param seed the seed of the random numbers
     * @return the bootstrap
     * @throws IllegalArgumentException if {@code draws} is out of range
     */
    public static Bootstrap of(int draws, long seed) {
        if (draws < 1 || draws > 1_000_000) {
            throw new IllegalArgumentException("draws: must be 1 to 1000000; was " + draws);
        }
        return new Bootstrap(draws, seed, DEFAULT_LEVEL);
    }

    /**
     * Returns a copy with another level of the percentile interval.
     *
     * @param level the level, greater than 0 and less than 1
     * @return a bootstrap with that level; this one if the level is unchanged
     * @throws IllegalArgumentException if {@code level} is out of range
     */
    public Bootstrap withLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level: must be greater than 0 and less than 1; was " + level);
        }
        return level == this.level ? this : new Bootstrap(draws, seed, level);
    }

    /**
     * Returns the number of draws.
     *
     * @return at least 1
     */
    public int draws() {
        return draws;
    }

    /**
     * Returns the seed of the random numbers.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns the level of the percentile interval.
     *
     * @return greater than 0, less than 1
     */
    public double level() {
        return level;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bootstrap && ((Bootstrap) other).draws == draws && ((Bootstrap) other).seed == seed
                && Double.compare(((Bootstrap) other).level, level) == 0;
    }

    @Override
    public int hashCode() {
        return (Integer.hashCode(draws) * 31 + Long.hashCode(seed)) * 31 + Double.hashCode(level);
    }

    /**
     * Returns the settings.
     *
     * @return such as {@code Bootstrap[draws=1000, seed=20070101, level=0.95]}
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Bootstrap[draws=%d, seed=%d, level=%s]", draws, seed, level);
    }
}
