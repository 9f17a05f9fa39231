package org.peermatch.core.report;

import org.peermatch.core.decisions.ChangeKind;
import org.peermatch.core.decisions.ChangedGroupMember;
import org.peermatch.core.decisions.ChangedImmersion;
import org.peermatch.core.decisions.ChangedPair;
import org.peermatch.core.decisions.ChangedWorkshop;
import org.peermatch.core.decisions.Changes;
import org.peermatch.core.text.Messages;

/**
 * The report's "Changes" section of a re-plan: the changes summary, then each pair dropped, added, and kept with
 * other needs, with why, in the committee's words; then the immersion days dropped and added, the co-development members who left or joined a group, and the workshops dropped and added. {@link HtmlReport} writes it before the participants' section
 * when it is given the changes.
 */
final class ChangesSection {

    private ChangesSection() {
    }

    /** Writes the section into the report being built. */
    static void write(Html html, Changes changes, Messages messages) {
        html.open("section", "id", "changes", "aria-labelledby", "changes-title").nl();
        html.element("h2", messages.get("decisions.report.title"), "id", "changes-title").nl();
        html.element("p", changes.lines(messages).get(0)).nl();
        html.open("ul", "class", "changes").nl();
        for (ChangedPair pair : changes.pairs()) {
            if (pair.kind() != ChangeKind.KEPT || !pair.reason().isEmpty()) {
                html.element("li", pair.line(messages), "class", "change-" + pair.kind().jsonName()).nl();
            }
        }
        html.close("ul").nl();
        if (!changes.immersions().isEmpty()) {
            html.element("p", changes.immersionSummary(messages)).nl();
            html.open("ul", "class", "changes").nl();
            for (ChangedImmersion day : changes.immersions()) {
                if (day.kind() != ChangeKind.KEPT) {
                    html.element("li", day.line(messages), "class", "change-" + day.kind().jsonName()).nl();
                }
            }
            html.close("ul").nl();
        }
        if (!changes.groupMembers().isEmpty()) {
            html.element("p", changes.groupsSummary(messages)).nl();
            html.open("ul", "class", "changes").nl();
            for (ChangedGroupMember member : changes.groupMembers()) {
                if (member.kind() != ChangeKind.KEPT) {
                    html.element("li", member.line(messages), "class", "change-" + member.kind().jsonName()).nl();
                }
            }
            html.close("ul").nl();
        }
        if (!changes.workshops().isEmpty()) {
            html.element("p", changes.workshopsSummary(messages)).nl();
            html.open("ul", "class", "changes").nl();
            for (ChangedWorkshop workshop : changes.workshops()) {
                if (workshop.kind() != ChangeKind.KEPT) {
                    html.element("li", workshop.line(messages), "class", "change-" + workshop.kind().jsonName())
                            .nl();
                }
            }
            html.close("ul").nl();
        }
        if (changes.meetings().any()) {
            html.element("p", messages.get("decisions.meetings.summary", changes.meetings().kept(),
                    changes.meetings().moved(), changes.meetings().undated())).nl();
        }
        html.close("section").nl();
    }
}
