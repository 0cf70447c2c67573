package org.engagementrubrics.core.validation;

import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.LocalizedText;

/**
 * Breaks a valid instrument at a few random places: walks its record graph by reflection (test code over our
 * own model, never over user data) and replaces strings, numbers (ints and decimals), flags, lists and translations by values that
 * breach some constraint, such as blank text, an id that is not well formed, a zero, an empty or one-member
 * list, a duplicated or swapped element. A change that a record's constructor refuses is skipped.
 */
final class Breaker {

    private static final List<String> NASTY_STRINGS = List.of("", " ", "\t\n", "-starts-with-dash", "has space",
            "x".repeat(129), "é-accent", "ok-id", "a");
    private static final int[] NASTY_INTS = {0, -1, -7, 1, 2, 100, 101, 1000, Integer.MIN_VALUE};
    private static final List<BigDecimal> NASTY_DECIMALS = List.of(BigDecimal.ZERO, new BigDecimal("-1"),
            new BigDecimal("-0.01"), new BigDecimal("1.005"), new BigDecimal("2.00"), new BigDecimal("1E+10"),
            new BigDecimal("12345678901.5"), new BigDecimal("0.001"), BigDecimal.ONE);

    private final RandomGenerator random;
    private final double chance;
    private int depth;

    private Breaker(RandomGenerator random, double chance) {
        this.random = random;
        this.chance = chance;
    }

    /** Returns a copy of the instrument with about {@code breaks} random breaches (possibly none). */
    static Instrument breakIt(Instrument instrument, int breaks, RandomGenerator random) {
        int sites = new Breaker(random, 0).countSites(instrument);
        return (Instrument) new Breaker(random, Math.min(1.0, breaks / (double) Math.max(1, sites))).rebuild(instrument);
    }

    private int countSites(Object value) {
        if (value instanceof Record record) {
            int sites = 0;
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                sites += 1 + countSites(read(component, record));
            }
            return sites;
        }
        if (value instanceof List<?> list) {
            int sites = 1;
            for (Object element : list) {
                sites += countSites(element);
            }
            return sites;
        }
        return 0;
    }

    /** The graph is wide below and narrow above: sites near the root are hit more often, so that they are hit at all. */
    private boolean hit() {
        return chance > 0 && random.nextDouble() < chance * 12 / depth;
    }

    private Object rebuild(Object value) {
        depth++;
        try {
            return rebuildAt(value);
        } finally {
            depth--;
        }
    }

    private Object rebuildAt(Object value) {
        if (value instanceof Extensions) {
            return value;
        }
        if (value instanceof LocalizedText text) {
            return hit() ? breakText(text) : text;
        }
        if (value instanceof Record record) {
            return rebuildRecord(record);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object element : list) {
                boolean breakString = element instanceof String && hit();
                copy.add(breakString ? NASTY_STRINGS.get(random.nextInt(NASTY_STRINGS.size())) : rebuild(element));
            }
            return hit() ? breakList(copy) : copy;
        }
        return value;
    }

    private Object rebuildRecord(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            Object value = rebuild(read(components[i], record));
            if (hit()) {
                if (types[i] == String.class) {
                    value = NASTY_STRINGS.get(random.nextInt(NASTY_STRINGS.size()));
                } else if (types[i] == int.class) {
                    value = NASTY_INTS[random.nextInt(NASTY_INTS.length)];
                } else if (types[i] == BigDecimal.class) {
                    value = NASTY_DECIMALS.get(random.nextInt(NASTY_DECIMALS.size()));
                } else if (types[i] == boolean.class) {
                    value = !(Boolean) value;
                }
            }
            values[i] = value;
        }
        try {
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (InvocationTargetException refused) {
            return record; // a structural check in the constructor: not a data rule
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private LocalizedText breakText(LocalizedText text) {
        Map<String, String> values = new LinkedHashMap<>(text.values());
        List<String> languages = new ArrayList<>(values.keySet());
        String language = random.nextInt(3) == 0 ? "fr" : languages.get(random.nextInt(languages.size()));
        values.put(language, random.nextBoolean() ? " " : "");
        return new LocalizedText(values, text.defaultLanguage());
    }

    private List<Object> breakList(List<Object> list) {
        if (list.isEmpty()) {
            return list;
        }
        switch (random.nextInt(5)) {
            case 0:
                return new ArrayList<>();
            case 1:
                return new ArrayList<>(list.subList(0, 1));
            case 2:
                list.add(random.nextInt(list.size() + 1), list.get(random.nextInt(list.size())));
                return list;
            case 3:
                if (list.size() > 1) {
                    int i = random.nextInt(list.size() - 1);
                    Object swapped = list.get(i);
                    list.set(i, list.get(i + 1));
                    list.set(i + 1, swapped);
                }
                return list;
            default:
                list.remove(random.nextInt(list.size()));
                return list;
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
