package org.engagementrubrics.examples;

import static org.engagementrubrics.examples.SeedInstruments.COME_IF_WE_CALL;
import static org.engagementrubrics.examples.SeedInstruments.FORTRESS;
import static org.engagementrubrics.examples.SeedInstruments.OPEN_DOOR;
import static org.engagementrubrics.examples.SeedInstruments.PARTNERSHIP;
import static org.engagementrubrics.examples.SeedInstruments.VERSION;
import static org.engagementrubrics.examples.Transcription.cell;
import static org.engagementrubrics.examples.Transcription.erratum;
import static org.engagementrubrics.examples.Transcription.text;

import java.util.List;
import org.engagementrubrics.core.Erratum;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.Source;
import org.engagementrubrics.core.matrix.Archetype;
import org.engagementrubrics.core.matrix.ArchetypeMatrix;
import org.engagementrubrics.core.matrix.Cell;
import org.engagementrubrics.core.matrix.Dimension;
import org.engagementrubrics.core.matrix.ProfileCondition;
import org.engagementrubrics.core.matrix.ProfileCondition.Comparison;
import org.engagementrubrics.core.matrix.ProfileRule;

/**
 * The 4 Versions of Family-School Partnerships matrix (seed 000) in code: four school archetypes by five
 * dimensions, and the profile rules that turn the best fit per dimension into a level.
 *
 * <p>{@link SeedInstruments#fourVersions()} describes the instrument and how its statements were split.
 * This class holds no state.
 */
final class FourVersionsSeed {

    private FourVersionsSeed() {
    }

    static ArchetypeMatrix build() {
        List<Archetype> archetypes = List.of(
                archetype(PARTNERSHIP, 4, "Partnership School", "Advanced",
                        "All families & communities have something great to offer—we do whatever it takes to work"
                                + " closely together to make sure every single student succeeds."),
                archetype(OPEN_DOOR, 3, "Open-Door School", "Proficient", null),
                archetype(COME_IF_WE_CALL, 2, "Come-if-We-Call School", "Basic",
                        "Parents are welcome when we ask them, but there's only so much they can offer. The most"
                                + " important thing they can do is help their kids at home. We know where to get"
                                + " community help if we need it."),
                archetype(FORTRESS, 1, "Fortress School", "Below Basic",
                        "Parents belong at home, not at school. If students don't do well, it's because their"
                                + " families don't give them enough support. We're already doing all we can. Our"
                                + " school is an oasis in a troubled community. We want to keep it that way."));
        List<Dimension> dimensions = List.of(
                dimension("building-relationships", "Building Relationships",
                        cell(PARTNERSHIP, "br-partnership",
                                "Family center is always open, full of interesting materials to borrow",
                                "Home visits are made to every new family",
                                "Activities honor families' contributions",
                                "Building is open to community use & social services are available to families"),
                        cell(OPEN_DOOR, "br-open-door",
                                "Teachers contact families once a year",
                                "Parent coordinator is available if families have questions or need help",
                                "Office staff are friendly",
                                "Staff contact community agencies & organizations when help is needed"),
                        cell(COME_IF_WE_CALL, "br-come-if-we-call",
                                "Better-educated parents are more involved",
                                "\"Many immigrant parents don't have time to come or contribute\"",
                                "Staff are very selective about who comes into the school"),
                        cell(FORTRESS, "br-fortress",
                                "Families do not \"bother\" school staff",
                                "\"Minority families don't value education\"",
                                "Parents need security clearance to come in",
                                "It is important to keep community influences out of the school")),
                dimension("linking-to-learning", "Linking to Learning",
                        cell(PARTNERSHIP, "ll-partnership",
                                "All family activities connect to what students are learning",
                                "Parents & teachers look at student work & test results together",
                                "Community groups offer tutoring & homework programs at the school",
                                "Students' work goes home every week, with a scoring guide"),
                        cell(OPEN_DOOR, "ll-open-door",
                                "Teachers explain test scores if asked",
                                "Folders of student work go home occasionally",
                                "School holds curriculum nights 3 or 4 times a year",
                                "Staff let families know about out-of-school classes in the community"),
                        cell(COME_IF_WE_CALL, "ll-come-if-we-call",
                                "Parents are told what students will be learning at the fall open house",
                                "Parents can call the office to get teacher-recorded messages about homework",
                                "Workshops are offered on parenting"),
                        cell(FORTRESS, "ll-fortress",
                                "Curriculum & standards are considered too complex for parents to understand",
                                "\"If parents want more information, they can ask for it\"",
                                "\"We're teachers, not social workers\"")),
                dimension("addressing-differences", "Addressing Differences",
                        cell(PARTNERSHIP, "ad-partnership",
                                "Translators are readily available",
                                "Teachers use books & materials about families' cultures",
                                "PTA/PTO includes all families",
                                "Local groups help staff reach families"),
                        cell(OPEN_DOOR, "ad-open-door",
                                "Office staff will find a translator if parents ask in advance",
                                "Multicultural nights are held once a year",
                                "\"Minority\" parents have their own group"),
                        cell(COME_IF_WE_CALL, "ad-come-if-we-call",
                                "\"We can't deal with 20 different languages\"",
                                "\"Parents can bring a translator with them\"",
                                "\"This school just isn't the same as it used to be\""),
                        cell(FORTRESS, "ad-fortress",
                                "\"Those parents need to learn English\"",
                                "\"We teach about our country—that's what those parents need to know\"",
                                "\"This neighborhood is going downhill\"")),
                dimension("supporting-advocacy", "Supporting Advocacy",
                        cell(PARTNERSHIP, "sa-partnership",
                                "There is a clear, open process for resolving problems",
                                "Teachers contact families each month to discuss student progress",
                                "Student-led parent-teacher conferences are held 3 times a year for 30 minutes"),
                        cell(OPEN_DOOR, "sa-open-door",
                                "Principal will meet with parents to discuss a problem",
                                "Regular progress reports go to parents, but test data can be hard to understand",
                                "Parent-teacher conferences are held twice a year"),
                        cell(COME_IF_WE_CALL, "sa-come-if-we-call",
                                "School calls families when children have problems",
                                "Families visit school on report card pick up day & can see a teacher if they call"
                                        + " first"),
                        cell(FORTRESS, "sa-fortress",
                                "Parents don't come to conferences",
                                "Problems are dealt with by the professional staff",
                                "Teachers don't feel safe with parents")),
                dimension("sharing-power", "Sharing Power",
                        cell(PARTNERSHIP, "sp-partnership",
                                "Parents & teachers research issues such as prejudice & tracking",
                                "Parent group is focused on improving student achievement",
                                "Families are involved in all major decisions",
                                "Parents can use the school's phone, copier, fax, & computers",
                                "Staff work with local organizers to improve the school & the neighborhood"),
                        cell(OPEN_DOOR, "sp-open-door",
                                "Parents can raise issues at PTA/PTO meetings or see the principal",
                                "Parent group sets its own agenda & raises money for the school",
                                "Resource center for low-income families is housed in a portable classroom next to"
                                        + " the school",
                                "PTA/PTO officers can use the school office",
                                "A community representative sits on the school council"),
                        cell(COME_IF_WE_CALL, "sp-come-if-we-call",
                                "Principal sets agenda for parent meetings",
                                "PTA/PTO gets the school's message out",
                                "\"Parents are not experts in education\"",
                                "Community groups can address the school board if they have concerns"),
                        cell(FORTRESS, "sp-fortress",
                                "Principal picks a small group of \"cooperative parents\" to help out",
                                "Families are afraid to complain. \"They might take it out on my kid\"",
                                "\"Community groups should mind their own business; they don't know about"
                                        + " education.\"")));
        List<ProfileRule> rules = List.of(
                rule("advanced", 4, "Advanced",
                        ProfileCondition.in(Comparison.AT_LEAST, 3, PARTNERSHIP),
                        ProfileCondition.notIn(Comparison.AT_MOST, 0, PARTNERSHIP, OPEN_DOOR)),
                rule("proficient", 3, "Proficient",
                        ProfileCondition.in(Comparison.AT_LEAST, 4, OPEN_DOOR, PARTNERSHIP),
                        ProfileCondition.in(Comparison.AT_MOST, 0, FORTRESS)),
                rule("basic", 2, "Basic",
                        ProfileCondition.in(Comparison.AT_LEAST, 3, COME_IF_WE_CALL),
                        ProfileCondition.in(Comparison.AT_MOST, 0, PARTNERSHIP)),
                rule("below-basic", 1, "Below Basic",
                        ProfileCondition.in(Comparison.AT_LEAST, 3, FORTRESS),
                        ProfileCondition.in(Comparison.AT_MOST, 0, OPEN_DOOR, PARTNERSHIP)));
        List<Erratum> errata = List.of(
                erratum("open-door-motto-missing", "archetypes[1].motto",
                        "The seed prints a motto under the Partnership, Come-if-We-Call and Fortress schools but"
                                + " none under the Open-Door School.",
                        "The Open-Door School has no motto (null).",
                        "The motto is missing from the seed; this copy does not invent one."),
                erratum("fortress-column-repeated", "dimensions[1..4].cells[3]",
                        "In the rows Linking to Learning, Addressing Differences, Supporting Advocacy and Sharing"
                                + " Power the seed has a fifth column that repeats the Fortress School cell word for"
                                + " word; in the Building Relationships row those columns hold the mottos.",
                        "Every dimension has four cells, one per archetype in column order; the repeated fifth"
                                + " cell is dropped.",
                        "The fifth column is a layout artifact: the matrix has four archetypes, and a repeated"
                                + " cell would count the same Fortress statements twice."));
        return new ArchetypeMatrix("four-versions-of-partnerships", VERSION,
                text("4 Versions of Family-School Partnerships"),
                Source.of("Beyond the Bake Sale—The Essential Guide to Family-School Partnerships",
                        "Henderson, Mapp, Johnson & Davies (2007)"),
                errata, Extensions.empty(),
                text("Check the boxes that have the most statements under them marked or circled."
                        + " Check only 1 box in each row"),
                archetypes, dimensions, rules);
    }

    private static Archetype archetype(String id, int rank, String name, String levelName, String motto) {
        return new Archetype(id, rank, text(name), motto == null ? null : text(motto), text(levelName),
                Extensions.empty());
    }

    private static Dimension dimension(String id, String name, Cell... cells) {
        return new Dimension(id, text(name), List.of(cells), Extensions.empty());
    }

    private static ProfileRule rule(String id, int rank, String label, ProfileCondition... conditions) {
        return new ProfileRule(id, rank, text(label), List.of(conditions));
    }
}
