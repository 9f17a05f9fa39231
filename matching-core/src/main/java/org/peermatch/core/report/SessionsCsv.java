package org.peermatch.core.report;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import org.peermatch.core.calendar.CalendarWords;
import org.peermatch.core.calendar.ProgrammeCalendar;
import org.peermatch.core.calendar.Session;
import org.peermatch.core.calendar.UnplacedSession;
import org.peermatch.core.model.Programme;

/**
 * Writes every session of the calendar, and the ones that could not be placed, as one CSV table for spreadsheets.
 *
 * <p>Header: {@value #HEADER}. One line per session in calendar order (planned, fixed, held and cancelled), then
 * one per session not placed (status {@code unplaced}, no date, the reason in {@code notes}). Dates are ISO
 * ({@code 2027-01-04}, {@code 2027-01-04T09:00}); {@code members} and {@code names} are separated by {@code ; };
 * notes are joined by a space. Lines end with {@code \n}; fields are quoted when they need it.
 */
public final class SessionsCsv {

    /** The header line. */
    public static final String HEADER = "id,mode,status,date,half_day,start,end,title,members,names,room,"
            + "questions_due,report_due,hours,notes";

    private static final CsvMapper MAPPER = CsvMapper.builder().build();

    private SessionsCsv() {
    }

    /**
     * @param programme the programme, for names and rooms
     * @param calendar the calendar
     * @return the CSV text, header first
     */
    public static String toCsv(Programme programme, ProgrammeCalendar calendar) {
        CsvSchema.Builder builder = CsvSchema.builder();
        for (String column : HEADER.split(",")) {
            builder.addColumn(column);
        }
        CsvSchema schema = builder.build().withHeader().withLineSeparator("\n");
        List<Object[]> rows = new ArrayList<>();
        for (Session session : calendar.sessions()) {
            rows.add(new Object[] {session.id(), session.mode().jsonName(), session.status().jsonName(),
                    text(session.date()), text(session.halfDay()), text(session.start()), text(session.end()),
                    session.title(), String.join("; ", session.members()), names(programme, session.members()),
                    session.room() == null ? "" : IcsExport.roomName(programme, session.room()),
                    text(session.questionsDue()), text(session.reportDue()),
                    session.hours() == 0 ? "" : String.valueOf(session.hours()), String.join(" ", session.notes())});
        }
        for (UnplacedSession session : calendar.unplaced()) {
            rows.add(new Object[] {session.id(), session.mode().jsonName(), "unplaced", "", "", "", "",
                    session.title(), String.join("; ", session.members()), names(programme, session.members()), "",
                    "", "", session.hours() == 0 ? "" : String.valueOf(session.hours()), session.reason()});
        }
        StringWriter text = new StringWriter();
        MAPPER.writer(schema).writeValue(text, rows);
        return text.toString();
    }

    private static String names(Programme programme, List<String> members) {
        List<String> names = new ArrayList<>();
        for (String member : members) {
            names.add(CalendarWords.name(programme, member));
        }
        return String.join("; ", names);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
