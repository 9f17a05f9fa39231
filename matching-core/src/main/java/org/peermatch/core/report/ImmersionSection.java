package org.peermatch.core.report;

import java.util.ArrayList;
import java.util.List;

import org.peermatch.core.immersion.ImmersionPairing;
import org.peermatch.core.immersion.ImmersionProposal;
import org.peermatch.core.immersion.MentorRunnerUps;
import org.peermatch.core.immersion.MentorRunnerUps.RunnerUp;
import org.peermatch.core.immersion.UnplacedMentee;

/** The report's immersion section: each mentee's day with a mentor and why, and who has no day. */
final class ImmersionSection extends ReportSection {

    ImmersionSection(ReportPage page) {
        super(page);
    }

    void write() {
        ImmersionProposal immersion = proposal.immersion();
        if (immersion == null) {
            return;
        }
        html.open("section", "id", "immersion", "aria-labelledby", "immersion-title").nl();
        html.element("h2", page.t("report.immersion.title"), "id", "immersion-title").nl();
        html.element("p", page.t(programme.immersion().sameSectorRequired() ? "report.immersion.intro.sector"
                : "report.immersion.intro", programme.immersion().reportDueDays()), "class", "muted").nl();
        if (!immersion.pairings().isEmpty()) {
            html.open("table", "class", "immersion").nl();
            html.element("caption", page.t("report.immersion.caption"), "class", "visually-hidden").nl();
            html.open("thead").open("tr")
                    .element("th", page.t("report.immersion.mentee"), "scope", "col")
                    .element("th", page.t("report.immersion.mentor"), "scope", "col")
                    .element("th", page.t("report.immersion.day"), "scope", "col")
                    .element("th", page.t("report.immersion.objectives"), "scope", "col")
                    .element("th", page.t("report.needs.why"), "scope", "col")
                    .close("tr").close("thead").nl();
            html.open("tbody").nl();
            MentorRunnerUps runnerUps = new MentorRunnerUps(programme, immersion);
            int index = 1;
            for (ImmersionPairing pairing : immersion.pairings()) {
                html.open("tr", "id", WhoWithWhomSection.immersionAnchor(index++)).nl();
                page.personCell("th", pairing.mentee());
                page.personCell("td", pairing.mentor());
                html.open("td").text(page.date(pairing.day())).raw("<br>")
                        .element("span", page.t("report.immersion.reportDue", page.date(pairing.reportDue())), "class", "muted")
                        .close("td").nl();
                html.open("td");
                if (pairing.objectives().isEmpty()) {
                    html.element("span", page.t("report.immersion.noObjective"), "class", "muted");
                } else {
                    html.open("ul", "class", "why");
                    for (String objective : pairing.objectives()) {
                        html.element("li", Format.words(objective));
                    }
                    html.close("ul");
                }
                html.close("td").nl();
                html.open("td");
                page.reasons(pairing.reasons());
                runnersUp(runnerUps.of(pairing, 2));
                html.close("td").nl();
                html.close("tr").nl();
            }
            html.close("tbody").close("table").nl();
        }
        if (!immersion.unplaced().isEmpty()) {
            html.element("h3", page.t("report.immersion.unplaced")).nl();
            html.open("ul", "class", "unplaced").nl();
            for (UnplacedMentee mentee : immersion.unplaced()) {
                html.open("li").element("strong", people.displayName(mentee.mentee()));
                page.reasons(mentee.reasons());
                html.close("li").nl();
            }
            html.close("ul").nl();
        }
        html.close("section").nl();
    }

    /** The next best allowed mentors for the mentee, and why the proposal did not choose them. */
    private void runnersUp(List<RunnerUp> runners) {
        html.open("p", "class", "runners").element("span", page.t("report.runnerUps"), "class", "runners-label")
                .text(" ");
        if (runners.isEmpty()) {
            html.text(page.t("report.mentorRunnerUps.none"));
        } else {
            List<String> entries = new ArrayList<>();
            for (RunnerUp runner : runners) {
                List<String> reasons = new ArrayList<>();
                for (MentorRunnerUps.Reason reason : runner.reasons()) {
                    reasons.add(switch (reason) {
                        case NO_DAY_LEFT -> page.t("report.mentorRunnerUp.days");
                        case FEWER_OBJECTIVES -> page.t("report.mentorRunnerUp.objectives", runner.matched(),
                                runner.chosenMatched());
                        case NO_COMMON_SECTOR -> page.t("report.runnerUp.sector");
                        case WORKED_TOGETHER -> page.t("report.mentorRunnerUp.met");
                        case FARTHER -> page.t("report.mentorRunnerUp.farther");
                        case LOWER_VALUE -> page.t("report.runnerUp.lower", runner.value(), runner.chosenValue());
                        case EQUAL_VALUE -> page.t("report.mentorRunnerUp.equal");
                    });
                }
                entries.add(page.t("report.runnerUp", people.displayName(runner.mentor()), messages.and(reasons)));
            }
            html.text(messages.semicolons(entries) + ".");
        }
        html.close("p");
    }

    // ---- Co-development groups ----------------------------------------------------------------------------------
}
