package org.engagementrubrics.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.engagementrubrics.core.validation.ProblemCodes;
import org.engagementrubrics.json.roster.GroupIds;

/**
 * Reads the rows of a roster CSV: the family id column, the {@code groups} column, and every other column as
 * a group column, a flag group (yes/no values) or a partition (any other values, made into ids by
 * {@link GroupIds#segment(String)}). Not thread-safe: one read at a time.
 */
final class RosterCsv {

    /** The keys of the named columns, compared by {@link CsvTable#key(String)}. */
    static final String FAMILY_ID = "familyid";
    static final String GROUPS = "groups";

    private static final Set<String> YES = Set.of("yes", "true", "y", "1");
    private static final Set<String> NO = Set.of("no", "false", "n", "0");

    /** A group column: its group id, and what its first value made it. */
    private static final class GroupColumn {
        final int index;
        final String groupId;
        Boolean flag;
        String firstValue;
        String firstPlace;

        GroupColumn(int index, String groupId) {
            this.index = index;
            this.groupId = groupId;
        }
    }

    private final CsvTable table;
    private int familyColumn = -1;
    private int groupsColumn = -1;
    private final List<GroupColumn> groupColumns = new ArrayList<>();

    private RosterCsv(CsvTable table) {
        this.table = table;
    }

    /**
     * Reads every row of a table into an assembly.
     *
     * @throws FormatException if the header lacks the family id column, names a column twice, or has a column
     *     whose name gives no group id
     */
    static void read(CsvTable table, RosterAssembly assembly) {
        RosterCsv csv = new RosterCsv(table);
        csv.header();
        for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
            csv.row(row, assembly);
        }
    }

    private void header() {
        List<String> header = table.header();
        CsvTable.Row row = table.headerRow();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            String key = CsvTable.key(name);
            String column;
            if (key.equals(FAMILY_ID)) {
                familyColumn = familyColumn < 0 ? i : familyColumn;
                column = "the family id column";
            } else if (key.equals(GROUPS)) {
                groupsColumn = groupsColumn < 0 ? i : groupsColumn;
                column = "the groups column";
            } else {
                String groupId = GroupIds.segment(name);
                if (groupId.isEmpty()) {
                    row.add(i, ProblemCodes.INVALID_ID, name.isEmpty() ? "column " + (i + 1) + " has no name; expected"
                            + " a name, such as iep (remove an empty column)" : "column " + (i + 1) + " is named '"
                            + name + "', which gives no group id; expected a name with a letter or digit, such as iep");
                    continue;
                }
                groupColumns.add(new GroupColumn(i, groupId));
                key = "group:" + groupId;
                column = "the group '" + groupId + "'";
            }
            Integer first = seen.putIfAbsent(key, i);
            if (first != null) {
                row.add(i, FormatCodes.DUPLICATE_COLUMN, "column '" + name + "' is " + column + " again (first at "
                        + row.place(first) + ", '" + header.get(first) + "'); expected each column once");
            }
        }
        if (familyColumn < 0) {
            row.problems.add("", row.line, 1, FormatCodes.MISSING_COLUMN, "the header has no family id column;"
                    + " expected " + CsvTable.named("family_id"));
        }
        row.problems.throwIfAny();
    }

    private void row(CsvTable.Row row, RosterAssembly assembly) {
        if (row.isBad()) {
            assembly.bad(row.problems);
            return;
        }
        String familyId = row.value(familyColumn);
        if (familyId.isEmpty()) {
            row.add(familyColumn, ProblemCodes.MISSING, "'" + table.header().get(familyColumn) + "' is blank; expected"
                    + " the family's id");
            familyId = null;
        }
        List<RosterAssembly.Group> groups = new ArrayList<>();
        if (groupsColumn >= 0) {
            for (String part : row.cells.get(groupsColumn).split(";")) {
                if (!part.isBlank()) {
                    groups.add(group(row, groupsColumn, part.strip()));
                }
            }
        }
        for (GroupColumn column : groupColumns) {
            String value = row.value(column.index);
            if (!value.isEmpty()) {
                cell(row, column, value, groups);
            }
        }
        assembly.add(row.problems, familyId, group(row, familyColumn, ""), groups);
    }

    /** Reads one cell of a group column. */
    private void cell(CsvTable.Row row, GroupColumn column, String value, List<RosterAssembly.Group> groups) {
        String lower = value.toLowerCase(Locale.ROOT);
        boolean yesNo = YES.contains(lower) || NO.contains(lower);
        String name = table.header().get(column.index);
        if (column.flag == null) {
            column.flag = yesNo;
            column.firstValue = value;
            column.firstPlace = row.place(column.index);
        } else if (column.flag != yesNo) {
            row.add(column.index, FormatCodes.MIXED_COLUMN, "'" + name + "' is '" + value + "', " + (yesNo
                    ? "a yes/no value, but the column's first value ('" + column.firstValue + "', " + column.firstPlace
                            + ") made it a column of group values"
                    : "not a yes/no value, but the column's first value ('" + column.firstValue + "', "
                            + column.firstPlace + ") made it a yes/no column")
                    + "; expected yes/no values only (yes, no, true, false, y, n, 1, 0: a flag group) or other values"
                    + " only (a partition)");
            return;
        }
        if (YES.contains(lower)) {
            groups.add(group(row, column.index, column.groupId));
        } else if (!yesNo) {
            String segment = GroupIds.segment(value);
            if (segment.isEmpty()) {
                row.add(column.index, ProblemCodes.INVALID_ID, "'" + name + "' is '" + value + "', which gives no group"
                        + " id; expected a value with a letter or digit (a-z, 0-9)");
                return;
            }
            groups.add(group(row, column.index, column.groupId + ":" + segment));
        }
    }

    private static RosterAssembly.Group group(CsvTable.Row row, int cell, String id) {
        return new RosterAssembly.Group(id, row.pointer(cell), row.line(cell), row.column(cell));
    }
}
