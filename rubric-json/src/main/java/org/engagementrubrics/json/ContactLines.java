package org.engagementrubrics.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.engagementrubrics.core.roster.ContactRecord;
import org.engagementrubrics.core.validation.ProblemCodes;

/**
 * Contact records from JSON Lines: {@code {"familyId": "f-1", "date": "2025-10-01", "channel": "phone",
 * "staffId": "t-7"}}, one per line; {@code channel} and {@code staffId} may be left out or null. A field of
 * another name is ignored, with one warning for each name. Not thread-safe.
 */
final class ContactLines extends ContactRows {

    private static final List<String> FIELDS = List.of("familyId", "date", "channel", "staffId");

    private final JsonRecords records;
    private final BoundedInput input;
    private final Set<String> warned = new HashSet<>();

    ContactLines(JsonRecords records, BoundedInput input, Consumer<? super FormatProblem> sink) {
        super(records.source(), sink);
        this.records = records;
        this.input = input;
        input.stream(); // a file that cannot be opened is a problem now, not a failed record later
    }

    @Override
    boolean advance() {
        JsonRecords.Line line = records.next();
        if (line == null) {
            return false;
        }
        Problems problems = line.problems();
        Node root = line.root();
        if (root != null && root.type != Node.Type.OBJECT) {
            problems.add(root, FormatCodes.TYPE_MISMATCH, "the record is " + root.type.description + "; expected an"
                    + " object (a contact record: familyId, date, channel, staffId)");
        }
        if (root == null || !problems.isEmpty()) {
            reject(problems.sorted());
            return true;
        }
        for (Map.Entry<String, Node> member : root.members.entrySet()) {
            if (!FIELDS.contains(member.getKey()) && warned.add(member.getKey())) {
                Node value = member.getValue();
                problems.warn(value.pointer, value.keyLine, value.keyColumn, FormatCodes.UNKNOWN_FIELD, "field '"
                        + member.getKey() + "' is not part of a contact record and is ignored; expected " + FIELDS);
            }
        }
        String familyId = text(root, "familyId", true, problems);
        LocalDate date = null;
        Node dateNode = root.members.get("date");
        String dateText = text(root, "date", true, problems);
        if (dateText != null) {
            date = date(dateText);
            if (date == null) {
                problems.add(dateNode, FormatCodes.INVALID_VALUE, dateNode.describe() + dateProblem(dateText));
            }
        }
        String channel = text(root, "channel", false, problems);
        String staffId = text(root, "staffId", false, problems);
        if (!problems.isEmpty()) {
            List<FormatProblem> found = new ArrayList<>(problems.sorted());
            found.addAll(problems.warnings());
            found.sort(Comparator.comparingInt(FormatProblem::line).thenComparingInt(FormatProblem::column));
            reject(found);
            return true;
        }
        problems.warnings().forEach(this::warn);
        accept(new ContactRecord(familyId, date, channel, staffId));
        return true;
    }

    /**
     * Reads a string field that must not be blank; null when it is absent (a problem if required), null in
     * the record, or has a problem.
     */
    private static String text(Node root, String field, boolean required, Problems problems) {
        Node node = root.members.get(field);
        if (node == null || node.type == Node.Type.NULL && !required) {
            if (required) {
                problems.add("/" + field, root.line, root.column, FormatCodes.MISSING, "required field '" + field
                        + "' is missing; expected " + (field.equals("date") ? DATE_FORM : "a string, the family's id"));
            }
            return null;
        }
        String text = ValueCodecs.STRING.read(node, problems);
        if (text != null && text.isBlank()) {
            problems.add(node, ProblemCodes.BLANK, "'" + field + "' is blank; expected " + (required
                    ? field.equals("date") ? DATE_FORM : "the family's id"
                    : "a value, or the field left out"));
            return null;
        }
        return text;
    }

    @Override
    public void close() {
        input.close();
    }
}
