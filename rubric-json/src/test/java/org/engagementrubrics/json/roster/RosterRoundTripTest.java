package org.engagementrubrics.json.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.engagementrubrics.core.roster.Family;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.json.FormatProblem;
import org.engagementrubrics.json.RubricJson;
import org.engagementrubrics.testkit.AnalysisGenerators;
import org.engagementrubrics.testkit.Gen;
import org.engagementrubrics.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * A roster written as JSON Lines or as CSV reads back equal, and a bad row among generated ones is reported at
 * its own line whatever line breaks the cells before it hold.
 */
class RosterRoundTripTest {

    private static final RosterReader READER = RubricJson.defaults().rosterReader();

    private static RosterRead read(String text, RecordFormat format) {
        return READER.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "roster", format);
    }

    @Test
    void aRosterWrittenAsJsonLinesReadsBackEqual() {
        Roster roster = Roster.of(Family.of("f-2", "race-ethnicity:asian", "iep"), Family.of("f \"1\"\n\u00e9\uD83D\uDE00"),
                Family.of("f-3", "multilingual-learner"));

        String lines = RosterWriter.toJsonLines(roster);

        assertThat(lines).isEqualTo("""
                {"familyId":"f \\"1\\"\\n\u00e9\uD83D\uDE00","groups":[]}
                {"familyId":"f-2","groups":["iep","race-ethnicity:asian"]}
                {"familyId":"f-3","groups":["multilingual-learner"]}
                """);
        RosterRead read = read(lines, RecordFormat.JSON_LINES);
        assertThat(read.isClean()).isTrue();
        assertThat(read.roster()).isEqualTo(roster);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RosterWriter.writeJsonLines(roster, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(lines);
        assertThat(RosterWriter.toJsonLines(Roster.of())).isEmpty();
    }

    @Test
    void aFamilyIdThatUtf8CannotEncodeIsNotWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> RosterWriter.writeJsonLines(Roster.of(Family.of("f-\uD83D")), out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("a family id holds an unpaired"
                        + " surrogate");
        assertThat(out.size()).isZero();
    }

    @Test
    void generatedRostersWrittenAsJsonLinesReadBackEqual() {
        // an empty roster writes no line at all, which the reader refuses as an empty file
        Properties.forAll("roster JSON Lines round trip", 200, AnalysisGenerators.arbitraryRosters().filter(r -> r.size() > 0), roster -> {
            RosterRead read = read(RosterWriter.toJsonLines(roster), RecordFormat.JSON_LINES);
            assertThat(read.problems()).isEmpty();
            assertThat(read.roster()).isEqualTo(roster);
        });
    }

    @Test
    void generatedRostersWrittenAsCsvReadBackEqual() {
        Properties.forAll("roster CSV round trip", 300, RosterCases.csv(false), written -> {
            RosterRead read = read(written.csv(), RecordFormat.CSV);
            assertThat(read.problems()).as(written.csv()).isEmpty();
            assertThat(read.roster()).as(written.csv()).isEqualTo(written.roster());
            assertThat(read.good()).isEqualTo(written.roster().size());
        });
    }

    @Test
    void aBadRowAmongGeneratedRowsIsReportedAtItsLine() {
        Properties.forAll("roster CSV bad row line", 300, RosterCases.csv(true), written -> {
            RosterRead read = read(written.csv(), RecordFormat.CSV);
            assertThat(read.problems()).as(written.csv()).extracting(FormatProblem::line, FormatProblem::code)
                    .containsExactly(tuple(written.badLine(), written.badCode()));
            assertThat(read.roster()).as(written.csv()).isEqualTo(written.roster());
            assertThat(read.bad()).isEqualTo(1);
        });
    }

    /** Seeded generators of rosters, and of CSV files that write them in the many ways a district may. */
    static final class RosterCases {

        /** A roster written as CSV; with a bad row, the line it starts on (else 0). */
        record Written(Roster roster, String csv, int badLine, String badCode) {
        }

        private RosterCases() {
        }

        /**
         * CSV files of generated rosters: header spellings, flag groups as yes/no columns or in the groups
         * column, partitions as columns of display values ("Hispanic or Latino") or in the groups column, quoted
         * cells, LF or CRLF, a byte order mark, blank lines; with {@code badRow}, one more row without a family
         * id somewhere among the others.
         */
        static Gen<Written> csv(boolean badRow) {
            return AnalysisGenerators.arbitraryRosters().flatMap(roster -> random -> write(roster, badRow, random));
        }

        private static Written write(Roster roster, boolean badRow, RandomGenerator random) {
            Set<String> flags = new LinkedHashSet<>();
            Set<String> partitions = new LinkedHashSet<>();
            for (String group : roster.groupIds()) {
                if (Family.partitionOf(group) != null) {
                    partitions.add(Family.partitionOf(group));
                } else {
                    flags.add(group);
                }
            }
            // each group kind goes to a column of its own or to the groups column
            List<String> columns = new ArrayList<>();
            Set<String> inGroupsColumn = new LinkedHashSet<>();
            for (String kind : concat(flags, partitions)) {
                if (random.nextDouble() < 0.3) {
                    inGroupsColumn.add(kind);
                } else {
                    columns.add(kind);
                }
            }
            boolean groupsColumn = !inGroupsColumn.isEmpty() || random.nextDouble() < 0.2;
            List<String> order = new ArrayList<>(columns);
            order.add("\u0000family");
            if (groupsColumn) {
                order.add("\u0000groups");
            }
            order = Gen.shuffle(order, random);
            String end = random.nextBoolean() ? "\n" : "\r\n";
            StringBuilder csv = new StringBuilder(random.nextDouble() < 0.2 ? "\uFEFF" : "");
            List<String> header = new ArrayList<>();
            for (String column : order) {
                header.add(column.equals("\u0000family") ? pick(random, "family_id", "Family ID", "familyId", "FAMILY-ID")
                        : column.equals("\u0000groups") ? pick(random, "groups", "Groups", "GROUPS")
                        : display(column, random));
            }
            int line = 1;
            line += row(csv, header, end, random);
            List<Family> families = new ArrayList<>(roster.families());
            int badAt = badRow ? random.nextInt(families.size() + 1) : -1;
            int badLine = 0;
            for (int i = 0; i <= families.size(); i++) {
                while (random.nextDouble() < 0.1) {
                    csv.append(end);
                    line++;
                }
                if (i == badAt) {
                    badLine = line;
                    line += row(csv, badCells(order, partitions), end, random);
                }
                if (i == families.size()) {
                    break;
                }
                Family family = families.get(i);
                List<String> cells = new ArrayList<>();
                for (String column : order) {
                    cells.add(cell(column, family, inGroupsColumn, partitions, random));
                }
                line += row(csv, cells, end, random);
            }
            String text = csv.toString();
            if (random.nextDouble() < 0.3 && text.endsWith(end)) {
                text = text.substring(0, text.length() - end.length());
            }
            return new Written(roster, text, badLine, order.size() == 1 ? "ragged-row" : "missing");
        }

        private static String cell(String column, Family family, Set<String> inGroupsColumn, Set<String> partitions,
                RandomGenerator random) {
            if (column.equals("\u0000family")) {
                return family.id();
            }
            if (column.equals("\u0000groups")) {
                List<String> listed = new ArrayList<>();
                for (String group : family.groups()) {
                    String kind = Family.partitionOf(group) == null ? group : Family.partitionOf(group);
                    if (inGroupsColumn.contains(kind)) {
                        listed.add(random.nextBoolean() ? group : " " + group + " ");
                    }
                }
                return String.join(";", Gen.shuffle(listed, random));
            }
            if (partitions.contains(column)) {
                for (String group : family.groups()) {
                    if (column.equals(Family.partitionOf(group))) {
                        return display(group.substring(column.length() + 1), random);
                    }
                }
                return random.nextBoolean() ? "" : " ";
            }
            return family.isIn(column) ? pick(random, "yes", "Yes", "Y", "true", "TRUE", "1")
                    : pick(random, "no", "N", "false", "0", "", " ");
        }

        /** A text that {@link GroupIds#segment(String)} turns back into the id, such as "Hispanic or Latino". */
        private static String display(String id, RandomGenerator random) {
            StringBuilder text = new StringBuilder();
            for (char c : id.toCharArray()) {
                if (c == '-') {
                    text.append(pick(random, " ", "-", " - ", "/", "--"));
                } else {
                    text.append(random.nextDouble() < 0.3 ? Character.toUpperCase(c) : c);
                }
            }
            return text.toString();
        }

        /** Writes a row, quoting where needed or at random; returns the lines it spans. */
        private static int row(StringBuilder csv, List<String> cells, String end, RandomGenerator random) {
            int lines = 1;
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i);
                boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                        || random.nextDouble() < 0.2;
                if (i > 0) {
                    csv.append(',');
                }
                csv.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
                lines += (int) cell.replace("\r\n", "\n").replace('\r', '\n').chars().filter(c -> c == '\n').count();
            }
            csv.append(end);
            return lines;
        }

        /**
         * A row without a family id whose other cells agree with their columns (yes in a flag column, a value in a
         * partition column, a group in the groups column), so that its one problem is the missing id; with no
         * other column, a row of two cells, whose one problem is its cell count.
         */
        private static List<String> badCells(List<String> order, Set<String> partitions) {
            List<String> cells = new ArrayList<>();
            for (String column : order) {
                cells.add(column.equals("\u0000family") ? "" : column.equals("\u0000groups") ? "zz-bad"
                        : partitions.contains(column) ? "Zz" : "yes");
            }
            if (cells.size() == 1) {
                cells.add("x");
            }
            return cells;
        }

        private static List<String> concat(Set<String> first, Set<String> second) {
            List<String> all = new ArrayList<>(first);
            all.addAll(second);
            return all;
        }

        @SafeVarargs
        private static <T> T pick(RandomGenerator random, T... choices) {
            return choices[random.nextInt(choices.length)];
        }
    }
}
