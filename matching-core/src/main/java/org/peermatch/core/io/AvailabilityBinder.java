package org.peermatch.core.io;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peermatch.core.model.Availability;
import org.peermatch.core.model.WeeklyAvailability;
import org.peermatch.core.model.WeeklyHalfDay;

/** Binds a member's {@code availability}: weekly half-days within date ranges, minus unavailable dates. */
final class AvailabilityBinder {

    private static final List<String> FIELDS = List.of("weekly", "unavailable");
    private static final List<String> WEEKLY_FIELDS = List.of("from", "to", "halfDays");

    private final Problems problems;
    private final LocalDate programmeStart;
    private final LocalDate programmeEnd;
    private final List<String> slots;

    /**
     * @param slots the programme's half-day ids, or null when they are broken (then slots are not checked)
     */
    AvailabilityBinder(Problems problems, LocalDate programmeStart, LocalDate programmeEnd, List<String> slots) {
        this.problems = problems;
        this.programmeStart = programmeStart;
        this.programmeEnd = programmeEnd;
        this.slots = slots;
    }

    /** @return the availability, {@link Availability#ALWAYS} when absent; parts with problems are left out */
    Availability bind(Node node) {
        if (node == null) {
            return Availability.ALWAYS;
        }
        Fields fields = Fields.of(node, problems, "an availability", FIELDS);
        if (fields == null) {
            return Availability.ALWAYS;
        }
        List<WeeklyAvailability> weekly = new ArrayList<>();
        Node weeklyNode = fields.get("weekly");
        List<Node> patterns = weeklyNode == null ? List.of() : Values.list(weeklyNode, problems, "weekly patterns");
        for (Node pattern : patterns == null ? List.<Node>of() : patterns) {
            WeeklyAvailability bound = weekly(pattern);
            if (bound != null) {
                weekly.add(bound);
            }
        }
        List<LocalDate> unavailable = new ArrayList<>();
        Node unavailableNode = fields.get("unavailable");
        List<Node> dates = unavailableNode == null ? List.of() : Values.list(unavailableNode, problems, "dates");
        Map<LocalDate, Node> seen = new LinkedHashMap<>();
        for (Node dateNode : dates == null ? List.<Node>of() : dates) {
            LocalDate date = Values.date(dateNode, problems);
            if (date == null) {
                continue;
            }
            if (seen.containsKey(date)) {
                problems.add(dateNode, problems.t("io.availability.dateTwice", date.toString(),
                        problems.position(seen.get(date).offset())), problems.t("io.availability.twice.advice"));
            } else {
                seen.put(date, dateNode);
                unavailable.add(date);
            }
        }
        return new Availability(weekly, unavailable);
    }

    private WeeklyAvailability weekly(Node node) {
        Fields fields = Fields.of(node, problems, "a weekly availability", WEEKLY_FIELDS);
        if (fields == null) {
            return null;
        }
        Node fromNode = fields.get("from");
        Node toNode = fields.get("to");
        LocalDate from = fromNode == null ? programmeStart : Values.date(fromNode, problems);
        LocalDate to = toNode == null ? programmeEnd : Values.date(toNode, problems);
        Node at = toNode != null ? toNode : fromNode;
        // With both dates defaulted, a reversed range is the programme's own problem, reported there.
        if (from != null && to != null && from.isAfter(to) && at != null) {
            problems.add(at, problems.t("io.availability.reversed", to.toString(), from.toString()),
                    problems.t("io.availability.reversed.advice"));
        }
        Node halfDaysNode = fields.required("halfDays", "[\"MON-AM\", \"THU-PM\"]");
        List<WeeklyHalfDay> halfDays = new ArrayList<>();
        List<Node> items = halfDaysNode == null ? null : Values.list(halfDaysNode, problems, "half-days like MON-AM");
        if (items != null && items.isEmpty()) {
            problems.add(halfDaysNode, problems.t("io.availability.noHalfDay"),
                    problems.t("io.availability.noHalfDay.advice"));
        }
        Map<WeeklyHalfDay, Node> seen = new LinkedHashMap<>();
        for (Node item : items == null ? List.<Node>of() : items) {
            WeeklyHalfDay halfDay = halfDay(item);
            if (halfDay == null) {
                continue;
            }
            if (seen.containsKey(halfDay)) {
                problems.add(item, problems.t("io.availability.halfDayTwice", ((Node.Str) item).value(),
                        problems.position(seen.get(halfDay).offset())), problems.t("io.availability.twice.advice"));
            } else {
                seen.put(halfDay, item);
                halfDays.add(halfDay);
            }
        }
        return new WeeklyAvailability(from, to, halfDays);
    }

    /** @return the weekly half-day written DAY-SLOT (e.g. {@code MON-AM}), or null when reported as wrong */
    WeeklyHalfDay halfDay(Node node) {
        String text = Values.text(node, problems);
        if (text == null) {
            return null;
        }
        int dash = text.indexOf('-');
        if (dash < 0) {
            String example = slots == null || slots.isEmpty() ? "AM" : slots.get(0);
            problems.add(node, problems.t("io.availability.notWeekly", Texts.shorten(text)),
                    problems.t("io.availability.notWeekly.advice", example));
            return null;
        }
        String dayName = text.substring(0, dash);
        String slot = text.substring(dash + 1);
        DayOfWeek day = Modes.DAYS.get(dayName);
        if (day == null) {
            problems.add(node, problems.t("io.availability.notADay", Texts.shorten(dayName), Texts.shorten(text)),
                    DidYouMean.advice(problems.messages(), dayName, new ArrayList<>(Modes.DAYS.keySet()),
                            problems.t("io.availability.days.listIntro")));
            return null;
        }
        if (slots != null && !slots.contains(slot)) {
            problems.add(node, problems.t("io.availability.notASlot", Texts.shorten(slot), Texts.shorten(text)),
                    DidYouMean.advice(problems.messages(), slot, slots, problems.t("io.availability.slots.listIntro")));
            return null;
        }
        return new WeeklyHalfDay(day, slot);
    }
}
