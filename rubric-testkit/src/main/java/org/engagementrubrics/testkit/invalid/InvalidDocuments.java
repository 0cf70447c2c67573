package org.engagementrubrics.testkit.invalid;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.engagementrubrics.core.Instrument;
import org.engagementrubrics.json.ReadLimits;
import org.engagementrubrics.testkit.Gen;

/**
 * Obtains invalid variants of one valid document, each carrying one known {@link Defect} together with the
 * problem code (and, where stable, the JSON pointer) the reader reports for it.
 *
 * <p>A downstream suite uses them to prove that its own importer refuses what ours refuses: for every defect
 * that applies to a document, a variant is made; which element carries the defect is drawn from the
 * {@link RandomGenerator} given, so a seeded run replays. Defects that need a response's instrument (an
 * off-scale rating, an unknown item, another instrument's id) are offered once the documents are made
 * {@link #against(Instrument)}; the limit defects pass the {@link #withLimits(ReadLimits) limits} given
 * ({@link ReadLimits#defaults()} unless changed) by one. Read each variant as its {@link InvalidDocument#form()},
 * {@link InvalidDocument#limits()} and {@link InvalidDocument#instrument()} say; the document given must itself
 * read cleanly that way, or its own problems come with every variant.
 *
 * <p>Where a defect goes follows the format's rules: fields go missing only among the required fields of the
 * kind's JSON Schema ({@code JsonSchemas}), unknown fields and wrong types only in the format's own objects,
 * never in {@code extensions} (vendor data, kept as written); limit defects go into the root's
 * {@code extensions} where the kind has them. A defect that cannot apply (no stages to give one label twice, no
 * rating to put off the scale) is not offered: see {@link #defects()}.
 *
 * <pre>{@code
 * byte[] rubric = Files.readAllBytes(Path.of("src/main/resources/rubrics/welcome.json"));
 * Properties.forAll("my importer refuses every defect", 200,
 *         InvalidDocuments.of(rubric).gen(),
 *         variant -> assertThatThrownBy(() -> myImporter.load(variant.bytes()))
 *                 .as(variant.toString())
 *                 .hasMessageContaining(variant.expectedCode()));
 *
 * byte[] line = RubricJson.defaults().writeLine(response).getBytes(StandardCharsets.UTF_8);
 * List<InvalidDocument> all = InvalidDocuments.ofResponseLine(line).against(survey).variants(new SplittableRandom(7));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InvalidDocuments {

    private final Variants variants;

    private InvalidDocuments(Variants variants) {
        this.variants = variants;
    }

    /**
     * Obtains the invalid variants of a valid document: an instrument, a response, a result or any other
     * document kind of the format.
     *
     * @param validDocument the document's bytes, UTF-8, not null; copied
     * @return the variants, read with {@link ReadLimits#defaults()} and without an instrument
     * @throws IllegalArgumentException if the bytes are not one JSON object
     */
    public static InvalidDocuments of(byte[] validDocument) {
        Objects.requireNonNull(validDocument, "validDocument");
        return new InvalidDocuments(Variants.parse(validDocument.clone(), DocumentForm.DOCUMENT, ReadLimits.defaults(), null));
    }

    /**
     * Obtains the invalid variants of one record of a JSON Lines stream of responses: every variant stays on
     * one line, and no blank variant is made (a stream skips blank lines).
     *
     * @param validLine the record's bytes, UTF-8, one line with or without its line end, not null; copied
     * @return the variants
     * @throws IllegalArgumentException if the bytes are not one JSON object on one line
     */
    public static InvalidDocuments ofResponseLine(byte[] validLine) {
        return line(validLine, DocumentForm.RESPONSE_LINE);
    }

    /**
     * Obtains the invalid variants of one family of a roster in JSON Lines, such as
     * {@code {"familyId": "f-1", "groups": ["iep"]}}; {@link Defect#DUPLICATE_ID} lists the family twice.
     *
     * @param validLine the record's bytes, UTF-8, one line with or without its line end, not null; copied
     * @return the variants
     * @throws IllegalArgumentException if the bytes are not one JSON object on one line
     */
    public static InvalidDocuments ofRosterLine(byte[] validLine) {
        return line(validLine, DocumentForm.ROSTER_LINE);
    }

    /**
     * Obtains the invalid variants of one contact record in JSON Lines, such as
     * {@code {"familyId": "f-1", "date": "2025-10-01", "channel": "phone"}}.
     *
     * @param validLine the record's bytes, UTF-8, one line with or without its line end, not null; copied
     * @return the variants
     * @throws IllegalArgumentException if the bytes are not one JSON object on one line
     */
    public static InvalidDocuments ofContactLine(byte[] validLine) {
        return line(validLine, DocumentForm.CONTACT_LINE);
    }

    private static InvalidDocuments line(byte[] validLine, DocumentForm form) {
        Objects.requireNonNull(validLine, "validLine");
        return new InvalidDocuments(Variants.parse(validLine.clone(), form, ReadLimits.defaults(), null));
    }

    /**
     * Returns a copy whose limit defects pass these read limits by one.
     *
     * @param limits the limits the documents are read with, not null
     * @return the copy
     */
    public InvalidDocuments withLimits(ReadLimits limits) {
        Objects.requireNonNull(limits, "limits");
        return limits.equals(variants.limits()) ? this : new InvalidDocuments(variants.withLimits(limits));
    }

    /**
     * Returns a copy whose variants are read as responses checked against an instrument, which adds the
     * defects only that check finds: {@link Defect#OFF_SCALE_RATING}, {@link Defect#OTHER_INSTRUMENT} and the
     * {@link Defect#DANGLING_REFERENCE} of an item or statement.
     *
     * @param instrument the instrument the response answers, not null
     * @return the copy
     * @throws IllegalArgumentException if the document is not a response (of the format, or on a line of a stream)
     */
    public InvalidDocuments against(Instrument instrument) {
        Objects.requireNonNull(instrument, "instrument");
        return new InvalidDocuments(variants.against(instrument));
    }

    /**
     * Returns the defects that apply to this document, in {@link Defect} order.
     *
     * @return the defects, an immutable set
     */
    public Set<Defect> defects() {
        return variants.defects();
    }

    /**
     * Returns one variant for every defect that applies, in {@link Defect} order.
     *
     * @param random chooses where each defect goes, not null
     * @return the variants, an immutable list
     */
    public List<InvalidDocument> variants(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        List<InvalidDocument> all = new ArrayList<>();
        for (Defect defect : variants.defects()) {
            all.add(variants.make(defect, random));
        }
        return List.copyOf(all);
    }

    /**
     * Returns a variant carrying one defect.
     *
     * @param defect the defect, not null
     * @param random chooses where it goes, not null
     * @return the variant
     * @throws IllegalArgumentException if the defect does not apply to this document
     */
    public InvalidDocument variant(Defect defect, RandomGenerator random) {
        Objects.requireNonNull(defect, "defect");
        Objects.requireNonNull(random, "random");
        if (!variants.defects().contains(defect)) {
            throw new IllegalArgumentException("defect " + defect + " does not apply to this document; it takes "
                    + variants.defects());
        }
        return variants.make(defect, random);
    }

    /**
     * Returns a generator of variants: a defect drawn from those that apply, placed at random.
     *
     * @return the generator
     */
    public Gen<InvalidDocument> gen() {
        List<Defect> defects = List.copyOf(variants.defects());
        return random -> variants.make(defects.get(random.nextInt(defects.size())), random);
    }

    @Override
    public String toString() {
        return "InvalidDocuments[" + variants + "]";
    }
}
