package org.engagementrubrics.spark;

import static org.apache.spark.sql.functions.col;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The lines of text files with their true line numbers, with no pass that reads a whole file into one task.
 *
 * <p>Spark's text source reads each file in blocks (splits of {@code spark.sql.files.maxPartitionBytes}); a
 * line belongs to the block it starts in, and a task reads its blocks in order. So: a first pass counts the
 * lines of each block ({@code _metadata.file_path}, {@code _metadata.file_block_start}, a cheap scan with no
 * parsing); on the driver the counts, ordered by block start within each file, give each block's first line;
 * the second pass numbers the lines of each block from it, in the task that reads the block. This costs one
 * extra scan, but no shuffle of the text and no single-task file ({@code wholeTextFiles}), and
 * {@code zipWithIndex}-style global numbering would number across files, not per file.
 */
final class LineNumbers {

    /** The columns of the lines: the file as named in problems, the line from 1, and the text. */
    static final StructType SCHEMA = new StructType()
            .add("source", DataTypes.StringType, false)
            .add("line", DataTypes.LongType, false)
            .add("text", DataTypes.StringType, false);

    private LineNumbers() {
    }

    /** Reads the lines of the files, each with its source and true line number. */
    static Dataset<Row> lines(SparkSession spark, String... paths) {
        Dataset<Row> blocks = spark.read().text(paths).select(col("value"),
                col("_metadata.file_path").as("path"), col("_metadata.file_block_start").as("block"));
        Map<String, TreeMap<Long, Long>> counts = new TreeMap<>();
        for (Row row : blocks.groupBy("path", "block").count().collectAsList()) {
            counts.computeIfAbsent(row.getString(0), k -> new TreeMap<>()).put(row.getLong(1), row.getLong(2));
        }
        Map<String, Map<Long, Long>> firstLines = new TreeMap<>();
        counts.forEach((path, byBlock) -> {
            Map<Long, Long> first = new TreeMap<>();
            long next = 1;
            for (Map.Entry<Long, Long> block : byBlock.entrySet()) {
                first.put(block.getKey(), next);
                next += block.getValue();
            }
            firstLines.put(path, first);
        });
        return blocks.mapPartitions(numbering(firstLines), Encoders.row(SCHEMA));
    }

    private static MapPartitionsFunction<Row, Row> numbering(Map<String, Map<Long, Long>> firstLines) {
        return rows -> new Iterator<>() {
            private String path;
            private long block = -1;
            private String source;
            private long line;

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row row = rows.next();
                String rowPath = row.getString(1);
                long rowBlock = row.getLong(2);
                if (!rowPath.equals(path) || rowBlock != block) {
                    path = rowPath;
                    block = rowBlock;
                    source = source(rowPath);
                    Long first = firstLines.getOrDefault(rowPath, Map.of()).get(rowBlock);
                    if (first == null) {
                        throw new IllegalStateException(rowPath + ": block at byte " + rowBlock + " was not counted:"
                                + " the input changed while it was read");
                    }
                    line = first;
                }
                String text = row.getString(0);
                return RowFactory.create(source, line++, text);
            }
        };
    }

    /** Names a file in problems as the CLI does a local one: its path; any other file by its URI. */
    static String source(String path) {
        try {
            URI uri = new URI(path);
            return "file".equals(uri.getScheme()) ? Path.of(uri).toString() : path;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return path;
        }
    }
}
