package org.engagementrubrics.testkit.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.core.response.Response;
import org.engagementrubrics.json.Contents;
import org.engagementrubrics.json.FormatException;
import org.engagementrubrics.json.ResponseRecord;
import org.engagementrubrics.json.ResponseStream;
import org.engagementrubrics.json.RubricJson;

/**
 * Finds the instrument that a file's responses are checked against: the one given, else the one they name among
 * the instruments under the folder, read once, when a file first needs them. Thread-safe.
 */
final class Instruments {

    /** The instrument for a file's responses, or none (the file holds none), or why it cannot be found. */
    record Found(Instrument instrument, String failure) {
    }

    private static final Found NONE = new Found(null, null);

    private final Path folder;
    private final RubricJson json;
    private final Optional<Path> given;
    private Found givenFound;
    private List<Instrument> underFolder;

    Instruments(Path folder, RubricJson json, Optional<Path> given) {
        this.folder = folder;
        this.json = json;
        this.given = given;
    }

    Found forResponsesOf(Path file) {
        if (given.isPresent()) {
            return given();
        }
        Optional<Response> first = firstResponse(file);
        if (first.isEmpty()) {
            return NONE;
        }
        String id = first.get().instrumentId();
        String version = first.get().instrumentVersion();
        List<Instrument> named = underFolder().stream().filter(instrument -> instrument.id().equals(id))
                .filter(instrument -> version == null || instrument.version().equals(version)).toList();
        if (named.size() == 1) {
            return new Found(named.get(0), null);
        }
        String which = "instrument " + id + (version == null ? " (no version)" : " version " + version);
        if (named.isEmpty()) {
            return new Found(null, file + ": its responses name " + which + ", which is not among the instruments"
                    + " under " + folder + " " + versions(id) + "; add its file there or give it with"
                    + " RubricFiles.withInstrument(path)");
        }
        return new Found(null, file + ": its responses name " + which + ", and the folder " + folder
                + " holds several " + versions(id) + "; give the instrument with RubricFiles.withInstrument(path)");
    }

    private String versions(String id) {
        List<String> versions = underFolder().stream().filter(instrument -> instrument.id().equals(id))
                .map(Instrument::version).toList();
        return versions.isEmpty() ? "(none has that id)" : "(versions of " + id + " there: " + versions + ")";
    }

    private synchronized Found given() {
        if (givenFound == null) {
            Path file = given.orElseThrow();
            try {
                givenFound = new Found(json.readInstrument(file), null);
            } catch (FormatException e) {
                givenFound = new Found(null, "the instrument given, " + file + ", cannot be read: "
                        + FileTests.message(file.toString(), e.problems()));
            }
        }
        return givenFound;
    }

    /** The first valid response of the file, read on its own; empty when it holds none (or nothing valid). */
    private Optional<Response> firstResponse(Path file) {
        try (Contents contents = json.responseReader().openAny(file)) {
            if (contents instanceof Contents.Document document && document.value() instanceof Response response) {
                return Optional.of(response);
            }
            if (contents instanceof Contents.Responses responses) {
                ResponseStream stream = responses.stream();
                while (stream.hasNext()) {
                    ResponseRecord record = stream.next();
                    if (record.isGood()) {
                        return Optional.of(record.response());
                    }
                }
            }
            return Optional.empty();
        } catch (FormatException e) {
            return Optional.empty(); // the file's own test reports its problems
        }
    }

    private synchronized List<Instrument> underFolder() {
        if (underFolder == null) {
            List<Instrument> found = new ArrayList<>();
            for (Path file : jsonFiles()) {
                try {
                    if (json.read(file) instanceof Instrument instrument) {
                        found.add(instrument);
                    }
                } catch (FormatException e) {
                    // not a valid instrument: its own test reports it, if the globs select it
                }
            }
            underFolder = List.copyOf(found);
        }
        return underFolder;
    }

    private List<Path> jsonFiles() {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
