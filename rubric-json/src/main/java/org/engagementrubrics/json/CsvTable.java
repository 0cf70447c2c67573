package org.engagementrubrics.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a CSV file (RFC 4180: {@code ,} between cells, {@code "} around a cell that holds one, a
 * comma or a line break, {@code ""} for a quote inside it), each with the located problems that make it
 * unusable whatever it means: a cell count other than the header's, a byte that is not UTF-8, a cell past
 * {@code maxStringLength}, a misplaced byte order mark.
 *
 * <p>The first row that is not blank is the header; a row whose cells are all empty or white space is
 * skipped, as a blank line is. A problem of the text itself (a quote never closed, a row past
 * {@code maxDocumentBytes}, a failing input) ends the read: it is the problem of a last row, since where
 * the next row starts cannot be known. Commons CSV parses; the text's own scan of each row finds where its
 * cells start, so that a problem names the cell's line and column, also after a quoted cell that holds
 * line breaks. Not thread-safe: one reader at a time.
 */
final class CsvTable implements AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    /** One row read: its cells and where they start, and its problems so far. */
    final class Row {
        final int line;
        private final int column;
        final List<String> cells;
        final Problems problems;
        final boolean last;
        private final List<CsvText.Cursor> places;

        Row(CsvText.Cursor start, List<String> cells, List<CsvText.Cursor> places, boolean last) {
            this.line = start.line;
            this.column = start.column;
            this.cells = cells;
            this.places = places;
            this.problems = new Problems(source);
            this.last = last;
        }

        /** The line where a cell starts. */
        int line(int cell) {
            return places.get(cell).line;
        }

        /** The column where a cell starts (its opening quote, for a quoted cell). */
        int column(int cell) {
            return places.get(cell).column;
        }

        /**
         * The cell's pointer: the row seen as an object keyed by the header, such as {@code /family_id}; none
         * ({@code ""}) in the header row itself, whose problems name their column in the message.
         */
        String pointer(int cell) {
            return this == headerRow || header == null || cell >= header.size() ? ""
                    : Node.child("", header.get(cell));
        }

        /** The cell's text with surrounding white space removed. */
        String value(int cell) {
            return cells.get(cell).strip();
        }

        /** Adds a problem of a cell, located at the cell. */
        void add(int cell, String code, String message) {
            problems.add(pointer(cell), line(cell), column(cell), code, message);
        }

        /** Adds a problem of the whole row, located at its first character. */
        void add(String code, String message) {
            problems.add("", line, column, code, message);
        }

        /** Names a cell's place for a message about another cell, as {@code line 4:12}. */
        String place(int cell) {
            return problems.place(line(cell), column(cell));
        }

        boolean isBad() {
            return !problems.isEmpty();
        }
    }

    private final String source;
    private final ReadLimits limits;
    private final CsvText text;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private boolean raggedRows;
    private List<String> header;
    private Row headerRow;
    private boolean finished;

    private CsvTable(String source, ReadLimits limits, CsvText text) throws IOException {
        this.source = source;
        this.limits = limits;
        this.text = text;
        this.parser = CSVParser.parse(text, FORMAT);
        this.records = parser.iterator();
    }

    /**
     * Opens the rows of a stream and reads its header row.
     *
     * @throws FormatException if the stream cannot be read, is not UTF-8, or holds no header row that can
     *     be read; the stream is closed then
     */
    static CsvTable open(BoundedInput input, ReadLimits limits) {
        return open(input, limits, false);
    }

    /**
     * Opens the rows of a stream and reads its header row; with {@code raggedRows}, a row may have fewer or
     * more cells than the header (the caller reads what a short row lacks as empty, and judges extra cells).
     *
     * @throws FormatException as {@link #open(BoundedInput, ReadLimits)} does
     */
    static CsvTable open(BoundedInput input, ReadLimits limits, boolean raggedRows) {
        String source = input.source();
        CsvText text = new CsvText(input.stream(), limits.maxDocumentBytes());
        try {
            String encoding = text.start();
            if (encoding != null) {
                throw problem(source, 1, 1, FormatCodes.ENCODING, encoding);
            }
            CsvTable table = new CsvTable(source, limits, text);
            table.raggedRows = raggedRows;
            Row first = table.next();
            if (first == null) {
                int at = text.sawAny() ? 1 : 0;
                throw problem(source, at, at, FormatCodes.EMPTY_DOCUMENT, "the file holds no header row; expected a"
                        + " first row naming the columns");
            }
            first.problems.throwIfAny();
            table.header = first.cells.stream().map(String::strip).toList();
            return table;
        } catch (IOException e) {
            input.close();
            throw BoundedInput.unreadable(source, e);
        } catch (RuntimeException e) {
            input.close();
            throw e;
        }
    }

    private static FormatException problem(String source, int line, int column, String code, String message) {
        return new FormatException(List.of(new FormatProblem(source, "", line, column, code, message)));
    }

    String source() {
        return source;
    }

    /** Names a required column and the spellings that name it, for a message. */
    static String named(String name) {
        return "a column named " + name + " (case, spaces, '_' and '-' do not matter)";
    }

    /**
     * The key a header name is compared by: lower case, with white space, {@code _} and {@code -} removed, so
     * that {@code family_id}, {@code Family ID}, {@code familyId} and {@code FAMILY-ID} name one column.
     */
    static String key(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s_-]+", "");
    }

    /** The header's cells, white space removed. */
    List<String> header() {
        return header;
    }

    /** The header row, for problems of the header's cells. */
    Row headerRow() {
        return headerRow;
    }

    /**
     * Reads the next row that is not blank, with the problems of its form; null at the end of the file or
     * after a row that ended the read.
     */
    Row next() {
        while (!finished) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    finished = true;
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                finished = true;
                return broken(e);
            }
            Row row = row(record);
            if (row != null) {
                return row;
            }
        }
        return null;
    }

    /** Makes a row of a record, or returns null for a blank one. */
    private Row row(CSVRecord record) {
        CsvText.Cursor start = text.cursor();
        Scan scan = scan(start);
        List<CsvText.Cursor> places = scan.places;
        CsvText.Cursor end = scan.end;
        List<String> cells = record.toList();
        if (places.size() != cells.size()) {
            // not expected: the scan follows the parser's rules; every cell is then placed at the row's start
            places = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                places.add(start);
            }
        }
        List<CsvText.BadByte> badBytes = text.badBytesBefore(end.offset);
        Row row = new Row(start, cells, places, false);
        if (header == null) {
            headerRow = row;
        }
        for (CsvText.BadByte bad : badBytes) {
            CsvText.Cursor at = text.place(bad.offset());
            row.problems.add(row.pointer(cellAt(places, bad.offset())), at.line, at.column, FormatCodes.ENCODING,
                    bad.message());
        }
        text.release(end);
        if (badBytes.isEmpty() && cells.stream().allMatch(String::isBlank)) {
            return null;
        }
        if (header != null && !raggedRows && cells.size() != header.size()) {
            row.add(FormatCodes.RAGGED_ROW, "the row has " + cells.size() + (cells.size() == 1 ? " cell" : " cells")
                    + "; expected " + header.size() + ", one for each column of the header (line "
                    + headerRow.line + ")");
            return row;
        }
        if (cells.get(0).startsWith("\uFEFF")) {
            row.add(0, FormatCodes.MISPLACED_BYTE_ORDER_MARK, "a byte order mark (U+FEFF) at the start of a row; it"
                    + " may only start the file (files joined with cat keep each one's mark): remove it");
        }
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell.length() > limits.maxStringLength()
                    && cell.codePointCount(0, cell.length()) > limits.maxStringLength()) {
                row.add(i, FormatCodes.STRING_TOO_LONG, "a cell of " + cell.codePointCount(0, cell.length())
                        + " characters is longer than " + limits.maxStringLength()
                        + ", the configured limit (maxStringLength, in Unicode code points)");
            }
        }
        return row;
    }

    private static int cellAt(List<CsvText.Cursor> places, long offset) {
        int cell = 0;
        while (cell + 1 < places.size() && places.get(cell + 1).offset <= offset) {
            cell++;
        }
        return cell;
    }

    /**
     * Where a row's cells start and where it ends, as the parser reads it; and, in a row the parser refused,
     * the opening quote that is never closed or the character after a closing quote.
     */
    private static final class Scan {
        final List<CsvText.Cursor> places = new ArrayList<>();
        CsvText.Cursor end;
        CsvText.Cursor unclosed;
        CsvText.Cursor afterQuote;
    }

    /**
     * Scans a row's text from its start; ends past the row's line end, or past the last character read when
     * the row is not complete.
     */
    private Scan scan(CsvText.Cursor start) {
        Scan scan = new Scan();
        CsvText.Cursor at = start.copy();
        while (true) {
            CsvText.Cursor cell = at.copy();
            scan.places.add(cell);
            if (text.has(at.offset) && text.charAt(at.offset) == '"') {
                at.advance('"');
                boolean closed = false;
                while (!closed && text.has(at.offset)) {
                    char c = text.charAt(at.offset);
                    at.advance(c);
                    if (c == '"') {
                        closed = !text.has(at.offset) || text.charAt(at.offset) != '"';
                        if (!closed) {
                            at.advance('"');
                        }
                    }
                }
                if (!closed && scan.unclosed == null) {
                    scan.unclosed = cell;
                } else if (text.has(at.offset) && !isSeparator(text.charAt(at.offset)) && scan.afterQuote == null) {
                    scan.afterQuote = at.copy();
                }
            }
            while (text.has(at.offset) && !isSeparator(text.charAt(at.offset))) {
                at.advance(text.charAt(at.offset));
            }
            if (!text.has(at.offset)) {
                scan.end = at;
                return scan;
            }
            char c = text.charAt(at.offset);
            at.advance(c);
            if (c == '\r' && text.has(at.offset) && text.charAt(at.offset) == '\n') {
                at.advance('\n');
            }
            if (c != ',') {
                scan.end = at;
                return scan;
            }
        }
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '\r' || c == '\n';
    }

    /** The last row: the problem that ended the read, at the start of the row it stopped in. */
    private Row broken(UncheckedIOException e) {
        CsvText.Cursor start = text.cursor();
        Row row = new Row(start, List.of(), List.of(), true);
        Scan scan = text.tooLarge() || text.failure() != null ? null : scan(start);
        if (text.failure() != null) {
            IOException failure = text.failure();
            row.add(FormatCodes.UNREADABLE, "the file cannot be read past this row (" + failure.getClass().getSimpleName()
                    + ": " + failure.getMessage() + ")");
        } else if (text.tooLarge()) {
            row.add(FormatCodes.DOCUMENT_TOO_LARGE, "the row runs past " + limits.maxDocumentBytes() + " characters,"
                    + " the configured limit (maxDocumentBytes): a cell is far too long, or a quote is never closed;"
                    + " reading stops here");
        } else if (scan.afterQuote != null) {
            row.problems.add("", scan.afterQuote.line, scan.afterQuote.column, FormatCodes.SYNTAX, "'"
                    + text.charAt(scan.afterQuote.offset) + "' after the closing quote of a quoted cell; expected ','"
                    + " or the end of the row (a quote inside a quoted cell is written twice: \"\"); reading stops"
                    + " here");
        } else if (scan.unclosed != null) {
            row.problems.add("", scan.unclosed.line, scan.unclosed.column, FormatCodes.SYNTAX, "a quoted cell starts"
                    + " here and its quote is never closed, so the rest of the file would be inside it; close the"
                    + " quote (a quote inside a quoted cell is written twice: \"\"); reading stops here");
        } else {
            String reason = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
            row.add(FormatCodes.SYNTAX, "the row is not valid CSV (" + reason + "); reading stops here");
        }
        return row;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
