package org.peermatch.core.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peermatch.core.calendar.ProgrammeCalendar;
import org.peermatch.core.model.HalfDaySlot;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.Room;
import org.peermatch.core.solve.Proposal;
import org.peermatch.core.text.Messages;

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
    /** The sentences of the report, in its language. */
    final Messages messages;
    private final DateTimeFormatter date;

    ReportPage(Proposal proposal, Programme programme, ProgrammeCalendar calendar, Messages messages) {
        this.proposal = proposal;
        this.programme = programme;
        this.calendar = calendar;
        this.messages = messages;
        this.date = DateTimeFormatter.ofPattern(messages.get("report.date.pattern"), messages.locale());
        this.people = new People(proposal, programme);
        int index = 1;
        for (String participant : people.participants()) {
            anchors.put(participant, "participant-" + index++);
        }
    }

    /** @return the anchor of an uncovered need's row: its participant's anchor, then the topic id */
    String gapAnchor(String participant, String topic) {
        return anchors.get(participant) + "-gap-" + topic;
    }

    /** @return the sentence of that key in the report's language */
    String t(String key, Object... arguments) {
        return messages.get(key, arguments);
    }

    /** @return e.g. "11 January 2027" or "11 janvier 2027", in the report's language; empty for null */
    String date(LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    /** @return the number with the thousands separators of the report's language, e.g. 1,234,567 */
    String number(long n) {
        return String.format(messages.locale(), "%,d", n);
    }

    /** @return the priority in the committee's words, e.g. "Essential" */
    String priority(int priority) {
        return priority >= 1 && priority <= 3 ? t("report.priority." + priority) : t("report.priority.other", priority);
    }

    /** @return a topic id as lower-case words in a sentence, e.g. {@code business-model} as "business model" */
    String topic(String id) {
        return Format.words(id).toLowerCase(messages.locale());
    }

    /** @return the members' display names joined as "A, B and C" in the report's language */
    String names(List<String> ids) {
        return messages.and(ids.stream().map(people::displayName).toList());
    }

    /** @return the text with its first letter in upper case */
    String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(messages.locale()) + text.substring(1);
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
