package org.peermatch.core.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peermatch.core.calendar.ProgrammeCalendar;
import org.peermatch.core.model.HalfDaySlot;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.Room;
import org.peermatch.core.solve.Proposal;

/**
 * The page the HTML report writes, shared by its sections: the proposal, the programme, its people, participants'
 * anchors, and the cells every section draws (a person, reasons, a room, a half-day, a rule's name).
 */
final class ReportPage {

    final Proposal proposal;
    final Programme programme;
    /** The programme calendar, or null when the report has none. */
    final ProgrammeCalendar calendar;
    final People people;
    final Html html = new Html();
    /** Anchor of each participant's section, by member id. */
    final Map<String, String> anchors = new LinkedHashMap<>();

    ReportPage(Proposal proposal, Programme programme, ProgrammeCalendar calendar) {
        this.proposal = proposal;
        this.programme = programme;
        this.calendar = calendar;
        this.people = new People(proposal, programme);
        int index = 1;
        for (String participant : people.participants()) {
            anchors.put(participant, "participant-" + index++);
        }
    }

    /** @return the room's name, or its id when the programme lacks it */
    String roomName(String id) {
        Room room = programme.room(id);
        return room == null ? id : room.name();
    }

    /** @return the half-day with its hours, e.g. "AM (09:00–12:30)", or the id when the programme lacks it */
    String halfDayName(String id) {
        for (HalfDaySlot slot : programme.halfDays()) {
            if (slot.id().equals(id)) {
                return slot.id() + " (" + slot.start() + "–" + slot.end() + ")";
            }
        }
        return id == null ? "" : id;
    }

    void personCell(String tag, String id) {
        html.open(tag, "scope", tag.equals("th") ? "row" : null).text(people.displayName(id));
        if (!people.organization(id).isEmpty()) {
            html.raw("<br>").element("span", people.organization(id), "class", "org");
        }
        html.close(tag).nl();
    }

    void reasonsCell(List<String> reasons) {
        html.open("td");
        reasons(reasons);
        html.close("td").nl();
    }

    void reasons(List<String> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        html.open("ul", "class", "why");
        for (String reason : reasons) {
            html.element("li", reason);
        }
        html.close("ul");
    }

    /** @return a constraint id in words, e.g. {@code resource-hours-exceeded} as "Resource hours exceeded" */
    static String ruleName(String constraintId) {
        return Format.words(constraintId);
    }
}
