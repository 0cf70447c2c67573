package org.engagementrubrics.cli;

import java.io.PrintWriter;
import org.engagementrubrics.core.raters.AgreementReport;
import org.engagementrubrics.core.raters.Panel;
import org.engagementrubrics.json.RubricJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code rubric agreement}: how far many raters agree, per subject and across subjects.
 */
@Command(name = "agreement", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Report how far many raters agree, per subject and across subjects.",
        description = {"Reads responses of many raters on one instrument like 'rubric aggregate' and prints, for "
                + "all subjects together (units are subject x unit) and for each subject, the units, raters and "
                + "pairable values and the coefficients that suit the instrument: Krippendorff's alpha (ordinal for "
                + "stages, matrix columns and statuses, also nominal for a matrix; ordinal and interval for "
                + "ratings; nominal for checklists) with observed and expected disagreement and a bootstrapped "
                + "percentile interval, Fleiss' kappa when every unit has equally many values, and Cohen's kappa "
                + "only with exactly two raters.",
                "Surveys are not offered agreement: respondents report their own experience.",
                "With --format json the report is one agreement-report document (docs/format.md), every figure"
                        + " exactly as computed.",
                "Read alpha as Krippendorff (Content Analysis, 2004/2013) advises: rely on alpha >= .800, use "
                        + ".667 <= alpha < .800 for tentative conclusions only."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:reported, every record good", "1:a bad record, or an invalid or unreadable file",
                "2:usage error (such as an unknown instrument id)", "3:internal error",
                "4:out of memory (give Java more: java -Xmx2g -jar rubric.jar ...)"})
final class AgreementCommand extends PanelCommand {

    @Mixin
    BootstrapOptions bootstrapOptions;

    @Override
    void checkOptions() {
        bootstrapOptions.bootstrap(spec.commandLine());
    }

    @Override
    void print(Panel panel, PrintWriter out) {
        AgreementReport report = AgreementReport.of(panel, bootstrapOptions.bootstrap(spec.commandLine()));
        out.print(format == OutputFormat.JSON ? RubricJson.defaults().write(report) : report.explanation().toText());
    }
}
