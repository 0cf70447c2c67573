package org.engagementrubrics.json;

import static org.engagementrubrics.json.ObjectCodec.DOCUMENT_PREFIX;
import static org.engagementrubrics.json.ObjectCodec.OUTCOME_PREFIX;
import static org.engagementrubrics.json.ObjectCodec.fields;
import static org.engagementrubrics.json.ValueCodecs.INT;
import static org.engagementrubrics.json.ValueCodecs.LONG;
import static org.engagementrubrics.json.ValueCodecs.STRING;
import static org.engagementrubrics.json.ValueCodecs.enumeration;
import static org.engagementrubrics.json.ValueCodecs.list;

import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.groups.GroupResult;
import org.engagementrubrics.core.groups.GroupedResult;
import org.engagementrubrics.core.privacy.SmallCellRule;
import org.engagementrubrics.core.privacy.SuppressionReason;
import org.engagementrubrics.core.scoring.Explanation;
import org.engagementrubrics.core.scoring.SurveyResult;

/**
 * The JSON shape of survey results by roster group ({@code survey-by-group-result}) and of its parts: the
 * small-cell rule, and per group its result, no respondents, or withheld and why. The results inside are
 * survey results without {@code format} and {@code kind}; the document's explanation is the grouping's
 * only, so no result's explanation is written twice.
 */
final class GroupCodecs {

    private GroupCodecs() {
    }

    /** The small-cell rule, as coverage results write it. */
    static final Codec<SmallCellRule> RULE = CoverageCodecs.RULE;

    /** One group's entry, told apart by {@code outcome}: shown, no respondents, or withheld. */
    static final Codec<GroupResult<SurveyResult>> GROUP = Variants.of("group", "outcome", Map.of(
            "shown", ObjectCodec.withPrefix("shown group", OUTCOME_PREFIX, fields(
                    Field.<GroupResult.Shown<SurveyResult>, String>required("groupId", STRING,
                            GroupResult.Shown::groupId),
                    Field.<GroupResult.Shown<SurveyResult>, Integer>required("respondents", INT,
                            GroupResult.Shown::respondents),
                    Field.<GroupResult.Shown<SurveyResult>, SurveyResult>required("result",
                            ResultCodecs.SURVEY_RESULT_BODY, GroupResult.Shown::result)),
                    v -> new GroupResult.Shown<>(v.get("groupId"), v.getInt("respondents"), v.get("result"))),
            "no-respondents", ObjectCodec.withPrefix("group with no respondents", OUTCOME_PREFIX, fields(
                    Field.<GroupResult.NoRespondents<SurveyResult>, String>required("groupId", STRING,
                            GroupResult.NoRespondents::groupId)),
                    v -> new GroupResult.NoRespondents<>(v.get("groupId"))),
            "withheld", ObjectCodec.withPrefix("withheld group", OUTCOME_PREFIX, fields(
                    Field.<GroupResult.Withheld<SurveyResult>, String>required("groupId", STRING,
                            GroupResult.Withheld::groupId),
                    Field.<GroupResult.Withheld<SurveyResult>, SuppressionReason>required("reason",
                            enumeration(SuppressionReason.class), GroupResult.Withheld::reason)),
                    v -> new GroupResult.Withheld<>(v.get("groupId"), v.get("reason")))),
            GroupCodecs::outcome);

    static String outcome(GroupResult<?> group) {
        if (group instanceof GroupResult.Shown) {
            return "shown";
        }
        return group instanceof GroupResult.NoRespondents ? "no-respondents" : "withheld";
    }

    /** The document: results by group of a survey ({@code survey-by-group-result}). */
    static final ObjectCodec<GroupedResult<SurveyResult>> SURVEY_BY_GROUP_RESULT = ObjectCodec.withPrefix(
            "survey by group result", DOCUMENT_PREFIX, fields(
                    Field.<GroupedResult<SurveyResult>, SmallCellRule>required("rule", RULE, GroupedResult::rule),
                    Field.<GroupedResult<SurveyResult>, Integer>required("families", INT, GroupedResult::families),
                    Field.<GroupedResult<SurveyResult>, Integer>required("respondents", INT,
                            GroupedResult::respondents),
                    Field.<GroupedResult<SurveyResult>, Long>required("unrosteredResponses", LONG,
                            GroupedResult::unrosteredResponses),
                    Field.<GroupedResult<SurveyResult>, SurveyResult>required("all", ResultCodecs.SURVEY_RESULT_BODY,
                            GroupedResult::all),
                    Field.<GroupedResult<SurveyResult>, List<GroupResult<SurveyResult>>>required("groups", list(GROUP),
                            GroupedResult::groups),
                    Field.<GroupedResult<SurveyResult>, Explanation>required("explanation", ResultCodecs.EXPLANATION,
                            GroupedResult::explanation)),
            v -> new GroupedResult<SurveyResult>(v.get("all"), v.get("rule"), v.getInt("families"),
                    v.getInt("respondents"), v.<Long>get("unrosteredResponses"), v.get("groups"),
                    v.get("explanation")));
}
