package org.engagementrubrics.examples;

import static org.engagementrubrics.examples.SeedInstruments.VERSION;
import static org.engagementrubrics.examples.Transcription.erratum;
import static org.engagementrubrics.examples.Transcription.text;
import static org.engagementrubrics.examples.Transcription.texts;

import java.util.List;
import org.engagementrubrics.core.Erratum;
import org.engagementrubrics.core.Extensions;
import org.engagementrubrics.core.Source;
import org.engagementrubrics.core.district.DistrictDimension;
import org.engagementrubrics.core.district.DistrictIndicator;
import org.engagementrubrics.core.district.DistrictIndicators;

/**
 * The district indicator 6837 (seed 003) in code: two-way communication with families and the community,
 * its explanation and its ten guiding questions.
 *
 * <p>{@link SeedInstruments#districtIndicators()} describes the instrument and its errata. This class holds
 * no state.
 */
final class DistrictIndicatorSeed {

    private DistrictIndicatorSeed() {
    }

    static DistrictIndicators build() {
        DistrictIndicator indicator = new DistrictIndicator("6837", null,
                DistrictDimension.of("E", "Families and Community"), null,
                text("The district has established two-way communication channels to encourage transparency,"
                        + " feedback loops, and access to information for families and the community."),
                text("Effective communication channels that are two-way and transparent are essential to help"
                        + " families and the community access the information they need about personalized"
                        + " learning and garner their support for these initiatives. Districts cannot simply"
                        + " distribute information to stakeholders, but must carefully develop a communications"
                        + " plan that includes communications goals that are aligned to the district’s rationale"
                        + " for choosing personalized learning to enhance student learning. They must identify"
                        + " targeted audiences, recruit effective messengers, develop key messages about the"
                        + " rationale for personalized learning, and figure out how best to get these messages"
                        + " out. Two-way communication is essential, and districts must regularly seek and act on"
                        + " stakeholder feedback. Districts should also assess the effectiveness of their"
                        + " communications and acknowledge and celebrate early signs of communication strategy"
                        + " progress."),
                texts(
                        "How has stakeholder input been incorporated in the district’s vision for PL?",
                        "Does the district have a clearly identified plan for communicating about PL to key"
                                + " stakeholder audiences?",
                        "What resources are already in place that can effectively communicate PL to stakeholder"
                                + " audiences, and what additional resources will be necessary?",
                        "Who in the district is responsible for executing the plan, or are additional staff or"
                                + " supports necessary?",
                        "Does the plan include goals for communication, and do these goals primarily reflect"
                                + " communicating about the technology or how PL will promote student success?",
                        "Who are the key target audiences and what messages have been developed for each?",
                        "Does the communications plan tailor messaging to each type of audience?",
                        "Are two-way communication strategies incorporated into the plan to allow for stakeholder"
                                + " feedback, and is this feedback acted on?",
                        "Who will be the district messengers for each audience?",
                        "How will the district monitor the effectiveness of its communications about PL, as well as"
                                + " highlight and celebrate effective communications strategies?"),
                Extensions.empty());
        List<Erratum> errata = List.of(
                erratum("header-row-misaligned", "indicators[0]",
                        "The seed's header row reads \"CORE FUNCTION | EFFECTIVE | INDICATOR\" above the row"
                                + " \"Dimension E | Families and Community | The district has established two-way"
                                + " communication channels … (6837)\": the first two cells under the headers are a"
                                + " dimension code and a dimension name, not a core function and an effective"
                                + " practice, and the header \"EFFECTIVE\" is cut short.",
                        "coreFunction and effectivePractice are null; \"Dimension E\" and \"Families and"
                                + " Community\" become the dimension (code E, name Families and Community), and the"
                                + " trailing \"(6837)\" becomes the indicator id.",
                        "The seed gives no core function or effective practice text; reading the dimension cells"
                                + " as either would mislabel them."),
                erratum("source-not-named", "source",
                        "The seed names no title, author or publisher for the indicator.",
                        "The source title is the seed's own heading, and the attribution says that the seed"
                                + " names no author or publisher.",
                        "A source needs a title and an attribution; this copy does not guess them."));
        return new DistrictIndicators("district-two-way-communication", VERSION,
                text("District Indicator 6837: Two-Way Communication with Families and Community"),
                new Source(text("What Are Best Practices for Communicating with Education Stakeholders About"
                        + " Personalized Learning?"), "Not named in the seed", "Indicator 6837, Dimension E"),
                errata, Extensions.empty(), List.of(indicator));
    }
}
