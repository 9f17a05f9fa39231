package org.peermatch.core.report;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import org.peermatch.core.calendar.CalendarWords;
import org.peermatch.core.calendar.ProgrammeCalendar;
import org.peermatch.core.calendar.Session;
import org.peermatch.core.calendar.UnplacedSession;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;

/**
 * Writes every session of the calendar, and the ones that could not be placed, as one CSV table for spreadsheets.
 *
 * <p>Header: {@value #HEADER}. One line per attendee of each session — its {@code member} id, {@code name} and
 * {@code role} (participant and resource person, mentee and mentor, animator and attendee, or member of a
 * co-development group) — sessions in calendar order (planned, fixed, held and cancelled), then the sessions not
 * placed (status {@code unplaced}, no date, the reason in {@code notes}). A name is one field, whatever it holds;
 * fields are quoted by Jackson's CSV writer when they need it. Dates are ISO ({@code 2027-01-04},
 * {@code 2027-01-04T09:00}); notes are joined by a space. Lines end with {@code \n}.
 */
public final class SessionsCsv {

    /** The header line. */
    public static final String HEADER = "id,mode,status,date,half_day,start,end,title,member,name,role,room,"
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(programme, calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes the CSV text, header first, one line at a time (UTF-8; the stream is left open).
     *
     * @param programme the programme, for names and rooms
     * @param calendar the calendar
     * @param out where to write
     * @throws IOException when the stream cannot be written
     */
    public static void write(Programme programme, ProgrammeCalendar calendar, OutputStream out) throws IOException {
        CsvSchema.Builder builder = CsvSchema.builder();
        for (String column : HEADER.split(",")) {
            builder.addColumn(column);
        }
        CsvSchema schema = builder.build().withHeader().withLineSeparator("\n");
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 14);
        // Closing the rows flushes them, and leaves the caller's stream open.
        try (SequenceWriter rows = MAPPER.writer(schema).without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .writeValues(text)) {
            for (Session session : calendar.sessions()) {
                for (int i = 0; i < session.members().size(); i++) {
                    String member = session.members().get(i);
                    rows.write(new Object[] {session.id(), session.mode().jsonName(), session.status().jsonName(),
                            text(session.date()), text(session.halfDay()), text(session.start()),
                            text(session.end()), session.title(), member, CalendarWords.name(programme, member),
                            role(session.mode(), i),
                            session.room() == null ? "" : IcsExport.roomName(programme, session.room()),
                            text(session.questionsDue()), text(session.reportDue()),
                            session.hours() == 0 ? "" : String.valueOf(session.hours()),
                            String.join(" ", session.notes())});
                }
            }
            for (UnplacedSession session : calendar.unplaced()) {
                for (int i = 0; i < session.members().size(); i++) {
                    String member = session.members().get(i);
                    rows.write(new Object[] {session.id(), session.mode().jsonName(), "unplaced", "", "", "", "",
                            session.title(), member, CalendarWords.name(programme, member), role(session.mode(), i),
                            "", "", "", session.hours() == 0 ? "" : String.valueOf(session.hours()),
                            session.reason()});
                }
            }
        } catch (JacksonIOException e) {
            // A failing stream, as the caller knows it (Jackson wraps it in an unchecked exception).
            throw e.getCause();
        }
        text.flush();
    }

    /** @return the role of a session's i-th member (see {@link Session#members}) */
    static String role(Mode mode, int index) {
        return switch (mode) {
            case ACCOMPANIMENT -> index == 0 ? "participant" : "resource person";
            case IMMERSION -> index == 0 ? "mentee" : "mentor";
            case WORKSHOP -> index == 0 ? "animator" : "attendee";
            default -> "member";
        };
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
