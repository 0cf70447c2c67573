package org.engagementrubrics.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagementrubrics.core.validation.ProblemCodes;

/**
 * Reads the records of a roster in JSON Lines: {@code {"familyId": "f-1", "groups": ["iep",
 * "race-ethnicity:hispanic"]}}, one per line; {@code groups} may be left out. Not thread-safe.
 */
final class RosterLines {

    private static final Set<String> FIELDS = Set.of("familyId", "groups");

    private RosterLines() {
    }

    /**
     * Reads every record into an assembly.
     *
     * @throws FormatException if the input holds no record at all
     */
    static void read(JsonRecords records, RosterAssembly assembly) {
        int count = 0;
        for (JsonRecords.Line line = records.next(); line != null; line = records.next()) {
            count++;
            record(line, assembly);
        }
        if (count == 0) {
            int at = records.sawAny() ? 1 : 0;
            throw new FormatException(List.of(new FormatProblem(records.source(), "", at, at,
                    FormatCodes.EMPTY_DOCUMENT, "the file holds no roster record; expected one JSON object per line,"
                            + " such as {\"familyId\": \"f-1\", \"groups\": [\"iep\"]}")));
        }
    }

    private static void record(JsonRecords.Line line, RosterAssembly assembly) {
        Problems problems = line.problems();
        Node root = line.root();
        if (root == null) {
            assembly.bad(problems);
            return;
        }
        if (root.type != Node.Type.OBJECT) {
            problems.add(root, FormatCodes.TYPE_MISMATCH, "the record is " + root.type.description + "; expected an"
                    + " object (a roster record: familyId and groups)");
            assembly.bad(problems);
            return;
        }
        for (Map.Entry<String, Node> member : root.members.entrySet()) {
            if (!FIELDS.contains(member.getKey())) {
                problems.addAtKey(member.getValue(), FormatCodes.UNKNOWN_FIELD, "field '" + member.getKey()
                        + "' is not part of a roster record; expected one of [familyId, groups]");
            }
        }
        Node idNode = root.members.get("familyId");
        String familyId = null;
        if (idNode == null) {
            problems.add("/familyId", root.line, root.column, FormatCodes.MISSING, "required field 'familyId' is"
                    + " missing; expected a string, the family's id");
        } else {
            familyId = ValueCodecs.STRING.read(idNode, problems);
            if (familyId != null && familyId.isBlank()) {
                problems.add(idNode, ProblemCodes.BLANK, "'familyId' is blank; expected the family's id");
                familyId = null;
            }
        }
        List<RosterAssembly.Group> groups = new ArrayList<>();
        Node groupsNode = root.members.get("groups");
        if (groupsNode != null && groupsNode.type != Node.Type.NULL) {
            if (groupsNode.type != Node.Type.ARRAY) {
                problems.add(groupsNode, FormatCodes.TYPE_MISMATCH, groupsNode.describe() + "; expected an array of"
                        + " group ids");
            } else {
                for (Node element : groupsNode.elements) {
                    String id = ValueCodecs.STRING.read(element, problems);
                    if (id != null) {
                        groups.add(new RosterAssembly.Group(id, element.pointer, element.line, element.column));
                    }
                }
            }
        }
        RosterAssembly.Group family = idNode == null ? new RosterAssembly.Group("", "/familyId", root.line, root.column)
                : new RosterAssembly.Group("", idNode.pointer, idNode.line, idNode.column);
        assembly.add(problems, familyId, family, groups);
    }
}
