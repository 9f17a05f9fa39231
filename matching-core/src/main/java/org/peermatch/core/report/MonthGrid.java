package org.peermatch.core.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.peermatch.core.calendar.CalendarCertifier;
import org.peermatch.core.calendar.HoursBudget;
import org.peermatch.core.calendar.ProgrammeCalendar;
import org.peermatch.core.calendar.Session;
import org.peermatch.core.calendar.SessionState;
import org.peermatch.core.calendar.UnplacedSession;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.plan.Violation;
import org.peermatch.core.text.Messages;

/**
 * The calendar section of the HTML report: one small table per month of the programme (Monday to Friday as
 * columns, weeks as rows), each day listing its sessions with their time, kind and short names; sessions on a
 * weekend follow the month's table; then the sessions that could not be placed, with why. Cancelled sessions are
 * left out, held and fixed ones are marked. Plain tables, no script, every text escaped; readable in print.
 */
final class MonthGrid {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private final Html html;
    private final Programme programme;
    private final ProgrammeCalendar calendar;
    private final Messages messages;
    private final DateTimeFormatter monthFormat;
    private final DateTimeFormatter dateFormat;

    private MonthGrid(Html html, Programme programme, ProgrammeCalendar calendar, Messages messages) {
        this.html = html;
        this.programme = programme;
        this.calendar = calendar;
        this.messages = messages;
        this.monthFormat = DateTimeFormatter.ofPattern("MMMM yyyy", messages.locale());
        this.dateFormat = DateTimeFormatter.ofPattern(messages.get("report.date.pattern"), messages.locale());
    }

    /** Writes the section with id {@code calendar}, in the language of the messages. */
    static void write(Html html, Programme programme, ProgrammeCalendar calendar, Messages messages) {
        new MonthGrid(html, programme, calendar, messages).section();
    }

    private String t(String key, Object... arguments) {
        return messages.get(key, arguments);
    }

    private void section() {
        Map<LocalDate, List<Session>> byDay = new TreeMap<>();
        int shown = 0;
        for (Session session : calendar.sessions()) {
            if (session.status() != SessionState.CANCELLED && session.date() != null) {
                byDay.computeIfAbsent(session.date(), day -> new ArrayList<>()).add(session);
                shown++;
            }
        }
        html.open("section", "id", "calendar", "aria-labelledby", "calendar-title").nl();
        html.element("h2", t("report.grid.title"), "id", "calendar-title").nl();
        html.element("p", t("report.grid.shown", shown)
                + (calendar.unplaced().isEmpty() ? "" : t("report.grid.unplacedCount", calendar.unplaced().size()))
                + ". " + checked(), "class", "muted").nl();
        html.open("div", "class", "months").nl();
        if (programme.start() != null && programme.end() != null) {
            for (YearMonth month = YearMonth.from(programme.start()); !month.isAfter(YearMonth.from(programme.end()));
                    month = month.plusMonths(1)) {
                month(month, byDay);
            }
        }
        html.close("div").nl();
        budgets();
        unplaced();
        html.close("section").nl();
    }

    /** @return what the independent certifier finds, in one sentence */
    private String checked() {
        List<Violation> violations = CalendarCertifier.violations(programme, calendar);
        if (violations.isEmpty()) {
            return t("report.grid.checked");
        }
        return t("report.grid.broken", violations.size(), violations.get(0).message())
                + (violations.size() > 1 ? " …" : "");
    }

    private void month(YearMonth month, Map<LocalDate, List<Session>> byDay) {
        html.open("table", "class", "month").nl();
        html.element("caption", monthFormat.format(month)).nl();
        html.open("thead").open("tr");
        for (DayOfWeek day : WEEKDAYS) {
            html.open("th", "scope", "col", "abbr", t("report.grid.day." + day.getValue()))
                    .text(t("report.grid.day.short." + day.getValue())).close("th");
        }
        html.close("tr").close("thead").nl();
        html.open("tbody").nl();
        LocalDate monday = month.atDay(1).with(DayOfWeek.MONDAY);
        List<Session> weekend = new ArrayList<>();
        for (; !monday.isAfter(month.atEndOfMonth()); monday = monday.plusWeeks(1)) {
            LocalDate friday = monday.plusDays(4);
            if (friday.isBefore(month.atDay(1))) {
                weekend(monday, month, byDay, weekend);
                continue;
            }
            html.open("tr");
            for (int d = 0; d < WEEKDAYS.size(); d++) {
                day(monday.plusDays(d), month, byDay);
            }
            html.close("tr").nl();
            weekend(monday, month, byDay, weekend);
        }
        html.close("tbody").close("table").nl();
        if (!weekend.isEmpty()) {
            html.open("ul", "class", "weekend").nl();
            for (Session session : weekend) {
                html.open("li").text(t("report.grid.weekend", dateFormat.format(session.date())));
                entry(session);
                html.close("li").nl();
            }
            html.close("ul").nl();
        }
    }

    private void weekend(LocalDate monday, YearMonth month, Map<LocalDate, List<Session>> byDay,
            List<Session> weekend) {
        for (LocalDate day : List.of(monday.plusDays(5), monday.plusDays(6))) {
            if (YearMonth.from(day).equals(month)) {
                weekend.addAll(byDay.getOrDefault(day, List.of()));
            }
        }
    }

    private void day(LocalDate date, YearMonth month, Map<LocalDate, List<Session>> byDay) {
        if (!YearMonth.from(date).equals(month)) {
            html.open("td", "class", "outside").close("td");
            return;
        }
        boolean inProgramme = !date.isBefore(programme.start()) && !date.isAfter(programme.end());
        boolean closed = programme.isClosed(date);
        html.open("td", "class", closed ? "closed" : inProgramme ? null : "outside");
        html.element("span", String.valueOf(date.getDayOfMonth()), "class", "day-number");
        if (closed) {
            html.element("span", " closed", "class", "muted");
        }
        List<Session> sessions = byDay.getOrDefault(date, List.of());
        if (!sessions.isEmpty()) {
            html.open("ul");
            for (Session session : sessions) {
                html.open("li", "class", "kind-" + session.mode().jsonName() + " state-"
                        + session.status().jsonName(), "title", session.title());
                entry(session);
                html.close("li");
            }
            html.close("ul");
        }
        html.close("td");
    }

    private void entry(Session session) {
        String time = session.wholeDay() ? t("report.grid.allDay") : session.start() == null ? session.halfDay()
                : TIME.format(session.start());
        html.element("span", time, "class", "time").text(" ");
        html.element("strong", kind(session.mode())).text(" " + shortText(session));
        if (session.status() == SessionState.HELD) {
            html.text(" ").element("span", t("report.grid.held"), "class", "muted");
        } else if (session.status() == SessionState.FIXED) {
            html.text(" ").element("span", t("report.grid.fixed"), "class", "muted");
        }
    }

    private String shortText(Session session) {
        List<String> members = session.members();
        return switch (session.mode()) {
            case ACCOMPANIMENT, IMMERSION -> members.size() >= 2
                    ? shortName(members.get(0)) + (session.mode() == Mode.IMMERSION ? t("report.grid.at") : " & ")
                            + shortName(members.get(1))
                    : shortNames(members);
            case CODEVELOPMENT -> {
                int clients = session.title().indexOf(" (client");
                String title = clients > 0 ? session.title().substring(0, clients) : session.title();
                yield title.replace(t("report.grid.codevGroup.long"), t("report.grid.codevGroup.short"));
            }
            case WORKSHOP -> session.title() + (members.isEmpty() ? "" : " · " + shortName(members.get(0)));
            default -> shortNames(members);
        };
    }

    private String shortNames(List<String> members) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < members.size() && i < 3; i++) {
            names.add(shortName(members.get(i)));
        }
        return String.join(", ", names) + (members.size() > 3 ? " +" + (members.size() - 3) : "");
    }

    /** @return e.g. "Ana M." for Ana Martin, the id when the programme has no such member */
    private String shortName(String id) {
        Member member = programme.member(id);
        if (member == null || member.name() == null || member.name().isBlank()) {
            return id;
        }
        String[] words = member.name().strip().split("\\s+");
        if (words.length == 1) {
            return words[0];
        }
        int initial = words[words.length - 1].codePoints().filter(Character::isLetter).findFirst().orElse(-1);
        return initial < 0 ? member.name().strip()
                : words[0] + " " + new StringBuilder().appendCodePoint(initial) + ".";
    }

    private String kind(Mode mode) {
        return t("report.grid.kind." + mode.name().toLowerCase(Locale.ROOT));
    }

    private void budgets() {
        if (calendar.budgets().isEmpty()) {
            return;
        }
        html.element("h3", t("report.grid.budgets.title")).nl();
        html.open("table", "class", "budgets").nl();
        html.element("caption", t("report.grid.budgets.caption"), "class", "visually-hidden").nl();
        html.open("thead").open("tr")
                .element("th", t("report.grid.budgets.pair"), "scope", "col")
                .element("th", t("report.grid.budgets.covered"), "scope", "col")
                .element("th", t("report.grid.budgets.held"), "scope", "col")
                .element("th", t("report.grid.budgets.lost"), "scope", "col", "title",
                        t("report.grid.budgets.lost.title"))
                .element("th", t("report.grid.budgets.planned"), "scope", "col")
                .element("th", t("report.grid.budgets.unplaced"), "scope", "col")
                .close("tr").close("thead").nl();
        html.open("tbody").nl();
        for (HoursBudget budget : calendar.budgets()) {
            html.open("tr")
                    .element("th", shortName(budget.participant()) + " & " + shortName(budget.resource()), "scope",
                            "row")
                    .element("td", budget.covered() + " h")
                    .element("td", budget.held() + " h")
                    .element("td", budget.lost() + " h")
                    .element("td", budget.planned() + " h")
                    .element("td", budget.unplaced() + " h")
                    .close("tr").nl();
        }
        html.close("tbody").close("table").nl();
    }

    private void unplaced() {
        if (calendar.unplaced().isEmpty()) {
            return;
        }
        html.element("h3", t("report.grid.unplaced.title")).nl();
        html.open("ul", "class", "unplaced").nl();
        for (UnplacedSession session : calendar.unplaced()) {
            html.open("li").element("strong", session.title()).text(" — " + session.reason()).close("li").nl();
        }
        html.close("ul").nl();
    }
}
