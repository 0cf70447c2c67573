package org.engagementrubrics.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.json.RubricJson;

/**
 * The bundled catalog of seed instruments, loadable by id, or by id and version.
 *
 * <pre>{@code
 * Instrument fourVersions = Catalog.bundled().instrument("four-versions-of-partnerships");
 * Catalog.bundled().entries().forEach(entry -> System.out.println(entry.id() + " " + entry.title()));
 * }</pre>
 *
 * <p>The bundled catalog reads the instrument files bundled under
 * {@code org/engagementrubrics/examples/catalog/} (the documented JSON format) once, on first use. A
 * catalog can also be made from instruments of one's own with {@link #of(Collection)}. This class is
 * immutable and thread-safe.
 */
public final class Catalog {

    /** The folder of the bundled instrument files, on the class path. */
    public static final String RESOURCE_FOLDER = "org/engagementrubrics/examples/catalog/";

    /** The bundled files, in catalog order. */
    static final List<String> FILES = List.of(
            "family-engagement-rubric.json",
            "four-versions-of-partnerships.json",
            "school-conditions-personalized-learning.json",
            "district-two-way-communication.json",
            "student-centered-checklist.json",
            "guardian-survey.json");

    private static final class Bundled {
        static final Catalog INSTANCE = load();
    }

    private final List<Instrument> instruments;

    private Catalog(List<Instrument> instruments) {
        this.instruments = instruments;
    }

    /**
     * Obtains the bundled catalog of the six seed instruments.
     *
     * @return the bundled catalog, shared
     */
    public static Catalog bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * Obtains a catalog of the given instruments.
     *
     * @param instruments the instruments, not null, no element null; an id and version may appear once
     * @return the catalog
     * @throws NullPointerException naming {@code instruments} or {@code instruments[i]} if it or an element is
     *     null
     * @throws IllegalArgumentException if an id and version appear twice
     */
    public static Catalog of(Collection<? extends Instrument> instruments) {
        List<Instrument> copy = new ArrayList<>(Objects.requireNonNull(instruments, "instruments"));
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i) == null) {
                throw new NullPointerException("instruments[" + i + "]");
            }
        }
        for (int i = 0; i < copy.size(); i++) {
            for (int j = i + 1; j < copy.size(); j++) {
                if (copy.get(i).id().equals(copy.get(j).id()) && copy.get(i).version().equals(copy.get(j).version())) {
                    throw new IllegalArgumentException("instrument '" + copy.get(i).id() + "' version "
                            + copy.get(i).version() + " appears twice");
                }
            }
        }
        return new Catalog(List.copyOf(copy));
    }

    private static Catalog load() {
        List<Instrument> instruments = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = Catalog.class.getClassLoader().getResourceAsStream(RESOURCE_FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled catalog file " + RESOURCE_FOLDER + file
                            + " is missing from the class path");
                }
                instruments.add(RubricJson.defaults().readInstrument(in, "catalog/" + file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return of(instruments);
    }

    /**
     * Returns the bundled file of an instrument, as text in the documented JSON format.
     *
     * @param id the instrument id, not null
     * @return the file's text
     * @throws IllegalArgumentException if no bundled file has that id
     */
    public static String bundledFile(String id) {
        Objects.requireNonNull(id, "id");
        String file = id + ".json";
        if (!FILES.contains(file)) {
            throw new IllegalArgumentException("no bundled instrument '" + id + "'; bundled: "
                    + FILES.stream().map(f -> f.substring(0, f.length() - 5)).toList());
        }
        try (InputStream in = Catalog.class.getClassLoader().getResourceAsStream(RESOURCE_FOLDER + file)) {
            return new String(Objects.requireNonNull(in, file).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns a summary of every instrument, in catalog order.
     *
     * @return the entries
     */
    public List<CatalogEntry> entries() {
        return instruments.stream().map(CatalogEntry::of).toList();
    }

    /**
     * Returns every instrument, in catalog order.
     *
     * @return the instruments
     */
    public List<Instrument> instruments() {
        return instruments;
    }

    /**
     * Finds the newest version of an instrument (versions compared numerically part by part).
     *
     * @param id the instrument id, not null
     * @return the instrument, empty if the catalog has none with that id
     */
    public Optional<Instrument> find(String id) {
        Objects.requireNonNull(id, "id");
        return instruments.stream().filter(i -> i.id().equals(id))
                .max(Comparator.comparing(Instrument::version, Catalog::compareVersions));
    }

    /**
     * Finds one version of an instrument.
     *
     * @param id the instrument id, not null
     * @param version the version, not null
     * @return the instrument, empty if the catalog has no such id and version
     */
    public Optional<Instrument> find(String id, String version) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        return instruments.stream().filter(i -> i.id().equals(id) && i.version().equals(version)).findFirst();
    }

    /**
     * Returns the newest version of an instrument.
     *
     * @param id the instrument id, not null
     * @return the instrument
     * @throws IllegalArgumentException naming the known ids, if the catalog has none with that id
     */
    public Instrument instrument(String id) {
        return find(id).orElseThrow(() -> unknown(id));
    }

    /**
     * Returns one version of an instrument.
     *
     * @param id the instrument id, not null
     * @param version the version, not null
     * @return the instrument
     * @throws IllegalArgumentException naming the known ids and versions, if there is no such instrument
     */
    public Instrument instrument(String id, String version) {
        return find(id, version).orElseThrow(() -> new IllegalArgumentException("no instrument '" + id
                + "' version " + version + " in the catalog; known: " + entries().stream()
                        .map(e -> e.id() + "@" + e.version()).toList()));
    }

    /**
     * Returns the newest version of an instrument as the kind the caller expects, with no cast.
     *
     * <pre>{@code
     * ArchetypeMatrix matrix = Catalog.bundled().instrument("four-versions-of-partnerships", ArchetypeMatrix.class);
     * }</pre>
     *
     * @param <T> the kind expected
     * @param id the instrument id, not null
     * @param kind the type expected, such as {@code ArchetypeMatrix.class} or {@code MatrixInstrument.class}, not
     *     null
     * @return the instrument
     * @throws IllegalArgumentException naming the known ids, if the catalog has none with that id; naming the
     *     id, the kind asked for and the kind found, if the instrument is of another kind
     */
    public <T extends Instrument> T instrument(String id, Class<T> kind) {
        Objects.requireNonNull(kind, "kind");
        return as(instrument(id), kind);
    }

    /**
     * Returns one version of an instrument as the kind the caller expects, with no cast.
     *
     * @param <T> the kind expected
     * @param id the instrument id, not null
     * @param version the version, not null
     * @param kind the type expected, such as {@code StagedRubric.class}, not null
     * @return the instrument
     * @throws IllegalArgumentException naming the known ids and versions, if there is no such instrument;
     *     naming the id, the kind asked for and the kind found, if the instrument is of another kind
     */
    public <T extends Instrument> T instrument(String id, String version, Class<T> kind) {
        Objects.requireNonNull(kind, "kind");
        return as(instrument(id, version), kind);
    }

    private static <T extends Instrument> T as(Instrument instrument, Class<T> kind) {
        if (!kind.isInstance(instrument)) {
            throw new IllegalArgumentException("instrument '" + instrument.id() + "' version " + instrument.version()
                    + " is " + instrument.getClass().getSimpleName() + " (kind '" + instrument.kind().kindName()
                    + "'), not the " + kind.getSimpleName() + " asked for");
        }
        return kind.cast(instrument);
    }

    private IllegalArgumentException unknown(String id) {
        return new IllegalArgumentException("no instrument '" + id + "' in the catalog; known: "
                + entries().stream().map(CatalogEntry::id).distinct().toList());
    }

    static int compareVersions(String a, String b) {
        String[] left = a.split("[.-]");
        String[] right = b.split("[.-]");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            String l = i < left.length ? left[i] : "0";
            String r = i < right.length ? right[i] : "0";
            int compared = l.matches("\\d{1,9}") && r.matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(l), Integer.parseInt(r)) : l.compareTo(r);
            if (compared != 0) {
                return compared;
            }
        }
        return 0;
    }

    /**
     * Returns the catalog's entries as text.
     */
    @Override
    public String toString() {
        return "Catalog" + entries().stream().map(e -> e.id() + "@" + e.version()).toList();
    }
}
