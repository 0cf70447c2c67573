package org.engagementrubrics.benchmarks;

import java.util.Locale;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.scoring.ArchetypeResult;
import org.engagementrubrics.core.scoring.PreparedInstrument;
import org.engagementrubrics.core.scoring.ScoringEngine;
import org.engagementrubrics.core.validation.RubricValidator;
import org.openjdk.jol.info.GraphLayout;

/**
 * Prints the retained size (JOL, the whole object graph) of a prepared partnership matrix and of one scored
 * result, one figure a line, for {@code bench/run.sh} to print and write into the markdown report.
 */
public final class Footprint {

    private Footprint() {
    }

    /**
     * Prints the sizes.
     *
     * @param args none
     */
    public static void main(String[] args) {
        ArchetypeMatrix matrix = Fixtures.partnershipMatrix();
        RubricValidator validator = RubricValidator.create();
        PreparedInstrument<ArchetypeMatrix, ArchetypeResult> prepared = ScoringEngine.defaults()
                .withValidator(validator).prepare(matrix);
        ArchetypeResult result = prepared.score(Fixtures.markedResponses(matrix)[0]);
        GraphLayout preparedGraph = GraphLayout.parseInstance(prepared);
        GraphLayout instrumentGraph = GraphLayout.parseInstance(matrix);
        GraphLayout validatorGraph = GraphLayout.parseInstance(validator);
        GraphLayout resultGraph = GraphLayout.parseInstance(result);
        print("prepared partnership matrix (4 Versions), whole graph", preparedGraph);
        print("  of which the instrument itself", instrumentGraph);
        print("  of which the validator (one per application, shared by every prepared instrument)", validatorGraph);
        print("  the preparation itself (whole graph less instrument and validator)",
                preparedGraph.subtract(instrumentGraph).subtract(validatorGraph));
        print("one scored ArchetypeResult (5 rows, profile, explanation), whole graph", resultGraph);
        print("  of its own (less what it shares with the prepared instrument), explanation not yet written",
                resultGraph.subtract(preparedGraph));
        result.explanation().toText();
        print("  of its own, explanation written",
                GraphLayout.parseInstance(result).subtract(GraphLayout.parseInstance(prepared)));
    }

    private static void print(String what, GraphLayout graph) {
        System.out.println(String.format(Locale.ROOT, "%s: %,d bytes in %,d objects", what, graph.totalSize(),
                graph.totalCount()));
    }
}
