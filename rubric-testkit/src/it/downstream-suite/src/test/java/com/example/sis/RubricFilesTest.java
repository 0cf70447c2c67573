package com.example.sis;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.engagementrubrics.testkit.files.RubricFiles;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Feature 3 of the kit: every rubric file the SIS ships is a test, and every record of its response stream is
 * one, checked against the checklist the records name.
 */
class RubricFilesTest {

    @TestFactory
    Stream<DynamicNode> ourRubricFilesAreValid() {
        return RubricFiles.in(Path.of("src/main/resources/rubrics")).strict().validate();
    }
}
