package org.engagementrubrics.examples;

import static org.engagementrubrics.examples.SeedInstruments.VERSION;
import static org.engagementrubrics.examples.Transcription.erratum;
import static org.engagementrubrics.examples.Transcription.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.engagementrubrics.core.Erratum;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.Source;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.checklist.ChecklistGroup;
import org.engagementrubrics.core.checklist.ChecklistItem;

/**
 * The "Is Your Child's School Student-Centered?" checklist (seed 002) in code: a group of numbered
 * look-fors and a group of questions named after their labels.
 *
 * <p>{@link SeedInstruments#studentCenteredChecklist()} describes the instrument and its errata. This class
 * holds no state.
 */
final class StudentCenteredChecklistSeed {

    private StudentCenteredChecklistSeed() {
    }

    static Checklist build() {
        ChecklistGroup lookFors = new ChecklistGroup("look-fors", text("Look for:"), numberedItems("look",
                "Students are working at their own pace; for example, one student may be much further ahead than"
                        + " another student in math. The teacher has classroom management strategies for handling"
                        + " the differentiation.",
                "Student work is visible in the classroom and the hallways—and all students are represented.",
                "Students are working on various projects; they are doing hands-on, real work.",
                "Students are working at their own stations, choosing where to learn based on what works best for"
                        + " them.",
                "There is a high degree of student engagement which looks like enthusiasm, excitement and passion.",
                "There is a strong sense of school community. The students are helping one another, and respectful"
                        + " and caring towards each other."), Extensions.empty());
        ChecklistGroup questions = new ChecklistGroup("questions",
                text("Here's a handy list of questions that families can ask to learn more about the school and"
                        + " their approaches:"),
                List.of(
                        question("Pace", "Do students move through content at their own pace and according to"
                                + " their own needs?"),
                        question("Passion", "Do students have opportunities to choose work that speaks to their own"
                                + " passions and interests and opportunities to learn outside of the traditional"
                                + " school day?"),
                        question("Path", "Is each child on a unique learning path or is s/he marching through"
                                + " content with the rest of the pack? Do students have \"voice and choice\" when it"
                                + " comes to their learning?"),
                        question("Meaningful Assessment", "Do teachers know where your student currently is"
                                + " academically, where they've been and where they are going? Ongoing, meaningful"
                                + " assessment of knowledge and skills is essential to obtain insights needed to"
                                + " personalize learning. This knowledge generated from these assessments should"
                                + " inform your child's learning experience."),
                        question("Progress", "Does your child's teacher have a system for tracking individual"
                                + " student progress toward overall academic goals across various content areas?"
                                + " What is your child's involvement in tracking their progress and setting their"
                                + " own goals? Does your child have a strong sense of their strengths, weaknesses"
                                + " and overall progress? Can parents easily access information about their student"
                                + " and get an accurate picture of how their student is progressing?"),
                        question("Parent Involvement", "Are you as a parent involved and meeting with the teacher"
                                + " and your child regularly (at minimum, 3- 4 times a year) to discuss your child's"
                                + " academic and social-emotional growth?"),
                        question("Mentorships", "Are there opportunities for your child to be both mentored by"
                                + " older students and/or mentor younger students?"),
                        question("Real-World Learning", "How well does the school incorporate the real world and"
                                + " encourage meaningful real-world experiences?"),
                        question("Community Involvement", "Are students involved in clubs and organizations after"
                                + " school that they are passionate about? How does the school help students build"
                                + " connections to one another?"),
                        question("Technology", "How does the school incorporate technology in order to allow"
                                + " students to learn at their own pace?"),
                        question("Feedback and Growth", "Does assessment and feedback go beyond test scores? How"
                                + " does the school ensure that all students are aware of their own strengths and"
                                + " struggles? How does the school talk to students about their strengths and"
                                + " growth areas? How does the school involve parents in those conversations? Is"
                                + " this done in a way that is non-threatening and builds on strengths instead of"
                                + " derailing confidence?"),
                        question("Noncognitive Skills", "In what ways are students also gaining noncognitive"
                                + " skills at the school—skills, attributes and habits of mind that go beyond"
                                + " reading, writing and math? Is your child motivated, engaged and encouraged in a"
                                + " way that feels supportive of learning?"),
                        question("Discipline", "How does the school handle discipline? Is there a rush to suspend"
                                + " students, or does the school actively teach conflict resolution and restorative"
                                + " justice, so students can learn how to resolve conflicts, own up for their"
                                + " mistakes and ultimately stay in school.")),
                Extensions.empty());
        List<Erratum> errata = List.of(
                erratum("look-for-split-across-bullets", "groups[0].items[1]",
                        "The seed breaks one look-for over two bullets: \"Student work is visible in the classroom"
                                + " and the hallways—\" and \"and all students are represented.\"",
                        "The two bullets are joined into one item: \"Student work is visible in the classroom and"
                                + " the hallways—and all students are represented.\"",
                        "The second bullet only finishes the first bullet's sentence; as two items a parent could"
                                + " answer half a sentence."),
                erratum("progress-split-by-page-break", "groups[1].items[4]",
                        "The seed's \"Progress\" question stops after \"Does your child's teacher have a system for"
                                + " tracking individual student progress toward\", a \"Click to enlarge\" caption"
                                + " follows, and the question goes on in a new bullet: \"overall academic goals"
                                + " across various content areas? …\"",
                        "The two parts are joined into one question; the caption is left out.",
                        "The page break and its caption are layout, not content; the question is one sentence"
                                + " sequence under one label."),
                erratum("feedback-label-ocr-slip", "groups[1].items[10].label",
                        "The seed reads \"Peedback and Growth. Does assessment and feedback go beyond test"
                                + " scores? …\"",
                        "The label is \"Feedback and Growth\" and the item id is q-feedback-and-growth.",
                        "\"Peedback\" is an OCR slip: the question is about assessment and feedback."));
        return new Checklist("student-centered-checklist", VERSION,
                text("Is Your Child's School Student-Centered?"),
                new Source(text("What's Possible with Personalized Learning? An Overview of Personalized Learning"
                        + " for Schools, Families & Communities"),
                        "Bruce Friend, Susan Patrick, Carri Schneider, Tom Vander Ark; produced by iNACOL (January"
                                + " 2017)",
                        "Appendix: Checklist for Families. The \"Is Your Child's School Student-Centered?\""
                                + " Checklist, from Smart Parents by Getting Smart, in partnership with The Nellie"
                                + " Mae Education Foundation"),
                errata, Extensions.empty(), List.of(lookFors, questions));
    }

    private static List<ChecklistItem> numberedItems(String prefix, String... texts) {
        List<ChecklistItem> items = new ArrayList<>(texts.length);
        for (int i = 0; i < texts.length; i++) {
            items.add(new ChecklistItem(prefix + "-" + (i + 1), null, text(texts[i]), Extensions.empty()));
        }
        return items;
    }

    private static ChecklistItem question(String label, String text) {
        return new ChecklistItem("q-" + slug(label), text(label), text(text), Extensions.empty());
    }

    private static String slug(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
