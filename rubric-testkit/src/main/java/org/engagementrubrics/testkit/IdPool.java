package org.engagementrubrics.testkit;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.engagementrubrics.core.validation.WellFormedId;

/**
 * Hands out random ids that are valid {@link WellFormedId}s and unique within one pool, and labels whose
 * default-language text is unique (ignoring case and surrounding blanks) within one pool.
 *
 * <p>Use one pool per generated instrument: every id the instrument's generator draws from it is then
 * unique within the instrument, as validation requires. A pool is mutable and not thread-safe; create it
 * inside {@link Gen#generate(RandomGenerator)}, never share it between generations.
 *
 * <pre>{@code
 * Gen<List<String>> threeIds = random -> {
 *     IdPool pool = new IdPool();
 *     return List.of(pool.fresh(random), pool.fresh(random), pool.fresh(random));
 * };
 * }</pre>
 */
public final class IdPool {

    private static final String FIRST = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String REST = FIRST + "._:-";
    private static final int TRIES = 50;

    private final Set<String> ids = new HashSet<>();
    private final Set<String> labels = new HashSet<>();

    /**
     * Creates an empty pool.
     */
    public IdPool() {
    }

    /**
     * Returns a random valid id, not necessarily unique: 1 to 10 characters, a letter or digit first,
     * then letters, digits and {@code . _ : -}.
     *
     * @param random the source of randomness, not null
     * @return the id
     */
    public static String randomId(RandomGenerator random) {
        int length = 1 + random.nextInt(10);
        StringBuilder id = new StringBuilder(length);
        id.append(FIRST.charAt(random.nextInt(FIRST.length())));
        for (int i = 1; i < length; i++) {
            id.append(REST.charAt(random.nextInt(REST.length())));
        }
        return id.toString();
    }

    /**
     * Returns a random valid id not handed out by this pool before.
     *
     * @param random the source of randomness, not null
     * @return the fresh id
     */
    public String fresh(RandomGenerator random) {
        for (int i = 0; i < TRIES; i++) {
            String id = randomId(random);
            if (ids.add(id)) {
                return id;
            }
        }
        String id = "id-" + ids.size();
        while (!ids.add(id)) {
            id = id + "x";
        }
        return id;
    }

    /**
     * Reserves an id, such as one chosen by hand, so that {@link #fresh(RandomGenerator)} never returns it.
     *
     * @param id the id, not null
     * @return true if the id was not yet in the pool
     */
    public boolean reserve(String id) {
        return ids.add(id);
    }

    /**
     * Checks if a label text is unused, ignoring case and surrounding blanks, and if so reserves it.
     *
     * @param text the default-language text of a label, not null
     * @return true if the label was unused and is now reserved
     */
    public boolean reserveLabel(String text) {
        return labels.add(text.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Returns how many ids this pool has handed out or reserved.
     *
     * @return the count
     */
    public int size() {
        return ids.size();
    }
}
