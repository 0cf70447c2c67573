package org.engagementrubrics.json;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.engagementrubrics.core.roster.ContactRecord;

/**
 * Contact records from CSV: the columns {@code family_id} and {@code date} (required), {@code channel} and
 * {@code staff_id} (optional); any other column is ignored with one warning. Not thread-safe.
 */
final class ContactCsv extends ContactRows {

    private static final List<String> KEYS = List.of("familyid", "date", "channel", "staffid");
    private static final List<String> NAMES = List.of("family_id", "date", "channel", "staff_id");
    private static final int FAMILY = 0;
    private static final int DATE = 1;
    private static final int CHANNEL = 2;
    private static final int STAFF = 3;

    private final CsvTable table;
    /** The cell index of each named column, or -1. */
    private final int[] columns = {-1, -1, -1, -1};

    /**
     * Reads the header: its warnings go to the sink.
     *
     * @throws FormatException if a required column is missing or a column appears twice
     */
    ContactCsv(CsvTable table, Consumer<? super FormatProblem> sink) {
        super(table.source(), sink);
        this.table = table;
        List<String> header = table.header();
        CsvTable.Row row = table.headerRow();
        Map<String, Integer> seen = new HashMap<>();
        Problems warnings = new Problems(table.source());
        for (int i = 0; i < header.size(); i++) {
            String key = CsvTable.key(header.get(i));
            Integer first = seen.putIfAbsent(key, i);
            int known = KEYS.indexOf(key);
            if (first != null) {
                if (known >= 0) {
                    row.add(i, FormatCodes.DUPLICATE_COLUMN, "column '" + header.get(i) + "' is the " + NAMES.get(known)
                            + " column again (first at " + row.place(first) + ", '" + header.get(first)
                            + "'); expected each column once");
                }
            } else if (known >= 0) {
                columns[known] = i;
            } else {
                warnings.warn(row.pointer(i), row.line(i), row.column(i), FormatCodes.UNKNOWN_FIELD, "column '"
                        + header.get(i) + "' is not part of a contact record and is ignored; expected family_id, date,"
                        + " channel and staff_id");
            }
        }
        for (int required : new int[] {FAMILY, DATE}) {
            if (columns[required] < 0) {
                row.problems.add("", row.line, 1, FormatCodes.MISSING_COLUMN, "the header has no "
                        + NAMES.get(required) + " column; expected " + CsvTable.named(NAMES.get(required)));
            }
        }
        row.problems.throwIfAny();
        warnings.warnings().forEach(this::warn);
    }

    @Override
    boolean advance() {
        CsvTable.Row row = table.next();
        if (row == null) {
            return false;
        }
        if (row.isBad()) {
            reject(row.problems.sorted());
            return true;
        }
        String familyId = row.value(columns[FAMILY]);
        if (familyId.isEmpty()) {
            row.add(columns[FAMILY], FormatCodes.MISSING, "'" + name(FAMILY) + "' is blank; expected the family's id");
        }
        String text = row.value(columns[DATE]);
        LocalDate date = date(text);
        if (text.isEmpty()) {
            row.add(columns[DATE], FormatCodes.MISSING, "'" + name(DATE) + "' is blank; expected the day of the"
                    + " contact, " + DATE_FORM);
        } else if (date == null) {
            row.add(columns[DATE], FormatCodes.INVALID_VALUE, "'" + name(DATE) + "' is '" + text + "'"
                    + dateProblem(text));
        }
        if (row.isBad()) {
            reject(row.problems.sorted());
            return true;
        }
        accept(new ContactRecord(familyId, date, optional(row, CHANNEL), optional(row, STAFF)));
        return true;
    }

    private String name(int column) {
        return table.header().get(columns[column]);
    }

    private String optional(CsvTable.Row row, int column) {
        if (columns[column] < 0) {
            return null;
        }
        String value = row.value(columns[column]);
        return value.isEmpty() ? null : value;
    }

    @Override
    public void close() {
        table.close();
    }
}
