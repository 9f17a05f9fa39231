package org.peermatch.core.report;

import java.util.ArrayList;
import java.util.List;

import org.peermatch.core.workshop.UnservedWorkshopNeed;
import org.peermatch.core.workshop.Workshop;
import org.peermatch.core.workshop.WorkshopProposal;

/** The report's workshop section: the workshops held, with animator, date, room and attendees, and the needs
 * without a seat. */
final class WorkshopSection extends ReportSection {

    WorkshopSection(ReportPage page) {
        super(page);
    }

    void write() {
        WorkshopProposal workshops = proposal.workshops();
        if (workshops == null) {
            return;
        }
        html.open("section", "id", "workshops", "aria-labelledby", "workshops-title").nl();
        html.element("h2", page.t("report.toc.workshops"), "id", "workshops-title").nl();
        html.element("p", page.t("report.workshops.intro", programme.workshop().minimumLevel(),
                programme.workshop().minAttendance(), programme.workshop().maxAttendance()), "class", "muted").nl();
        if (!workshops.workshops().isEmpty()) {
            html.open("table", "class", "workshops").nl();
            html.element("caption", page.t("report.workshops.caption"), "class", "visually-hidden")
                    .nl();
            html.open("thead").open("tr")
                    .element("th", page.t("report.workshops.workshop"), "scope", "col")
                    .element("th", page.t("report.workshops.when"), "scope", "col")
                    .element("th", page.t("report.workshops.animator"), "scope", "col")
                    .element("th", page.t("report.workshops.participants"), "scope", "col")
                    .element("th", page.t("report.needs.why"), "scope", "col")
                    .close("tr").close("thead").nl();
            html.open("tbody").nl();
            for (Workshop workshop : workshops.workshops()) {
                html.open("tr", "id", WhoWithWhomSection.workshopAnchor(workshop.number())).nl();
                html.open("th", "scope", "row").text(workshop.number() + ". " + Format.words(workshop.theme()))
                        .close("th").nl();
                html.open("td").text(workshop.date() == null ? page.t("report.who.undated")
                        : page.date(workshop.date()) + " · " + page.halfDayName(workshop.halfDay()));
                if (workshop.room() != null) {
                    html.raw("<br>").element("span", page.roomName(workshop.room()), "class", "muted");
                }
                html.close("td").nl();
                page.personCell("td", workshop.animator());
                html.open("td").text(page.t("report.workshops.attendance", workshop.attendees().size()));
                List<String> names = new ArrayList<>();
                for (String attendee : workshop.attendees()) {
                    names.add(people.displayName(attendee));
                }
                html.raw("<br>").element("span", String.join(", ", names), "class", "muted");
                html.close("td").nl();
                page.reasonsCell(workshop.reasons());
                html.close("tr").nl();
            }
            html.close("tbody").close("table").nl();
        }
        if (!workshops.unserved().isEmpty()) {
            html.element("h3", page.t("report.workshops.unserved")).nl();
            html.open("ul", "class", "unplaced").nl();
            for (UnservedWorkshopNeed need : workshops.unserved()) {
                html.open("li").element("strong", people.displayName(need.participant()))
                        .text(" · " + Format.words(need.topic()) + " ("
                                + page.priority(need.priority()).toLowerCase(messages.locale()) + ")");
                page.reasons(need.reasons());
                html.close("li").nl();
            }
            html.close("ul").nl();
        }
        html.close("section").nl();
    }
}
