package org.peermatch.core.report;

import org.peermatch.core.immersion.ImmersionPairing;
import org.peermatch.core.immersion.ImmersionProposal;
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
        html.element("h2", "Immersion days (“Vis ma vie”)", "id", "immersion-title").nl();
        html.element("p", "Each mentee spends one working day with a mentor"
                + (programme.immersion().sameSectorRequired() ? " of their sector" : "")
                + "; their objectives are kept for the evaluation after the day, and their report is due "
                + Format.count(programme.immersion().reportDueDays(), "day", "days") + " later.", "class", "muted")
                .nl();
        if (!immersion.pairings().isEmpty()) {
            html.open("table", "class", "immersion").nl();
            html.element("caption", "Immersion day of each mentee", "class", "visually-hidden").nl();
            html.open("thead").open("tr")
                    .element("th", "Mentee", "scope", "col")
                    .element("th", "Mentor", "scope", "col")
                    .element("th", "Day", "scope", "col")
                    .element("th", "Objectives", "scope", "col")
                    .element("th", "Why", "scope", "col")
                    .close("tr").close("thead").nl();
            html.open("tbody").nl();
            int index = 1;
            for (ImmersionPairing pairing : immersion.pairings()) {
                html.open("tr", "id", WhoWithWhomSection.immersionAnchor(index++)).nl();
                page.personCell("th", pairing.mentee());
                page.personCell("td", pairing.mentor());
                html.open("td").text(Format.date(pairing.day())).raw("<br>")
                        .element("span", "report due " + Format.date(pairing.reportDue()), "class", "muted")
                        .close("td").nl();
                html.open("td");
                if (pairing.objectives().isEmpty()) {
                    html.element("span", "none stated", "class", "muted");
                } else {
                    html.open("ul", "class", "why");
                    for (String objective : pairing.objectives()) {
                        html.element("li", Format.words(objective));
                    }
                    html.close("ul");
                }
                html.close("td").nl();
                page.reasonsCell(pairing.reasons());
                html.close("tr").nl();
            }
            html.close("tbody").close("table").nl();
        }
        if (!immersion.unplaced().isEmpty()) {
            html.element("h3", "Mentees without an immersion day").nl();
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

    // ---- Co-development groups ----------------------------------------------------------------------------------
}
