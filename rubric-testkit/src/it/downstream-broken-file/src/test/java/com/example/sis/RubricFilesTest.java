package com.example.sis;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.engagementrubrics.testkit.files.RubricFiles;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Feature 3 of the kit on a folder where version 2 of the checklist repeats an item id: that file's test fails. */
class RubricFilesTest {

    @TestFactory
    Stream<DynamicNode> ourRubricFilesAreValid() {
        return RubricFiles.in(Path.of("src/main/resources/rubrics")).validate();
    }
}
