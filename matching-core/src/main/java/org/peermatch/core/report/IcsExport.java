package org.peermatch.core.report;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.peermatch.core.calendar.CalendarWords;
import org.peermatch.core.calendar.ProgrammeCalendar;
import org.peermatch.core.calendar.Session;
import org.peermatch.core.calendar.SessionState;
import org.peermatch.core.model.Coordinator;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.Room;
import org.peermatch.core.text.Messages;

/**
 * Writes the calendar as iCalendar (RFC 5545) files with ical4j: one for the whole programme, one per person.
 *
 * <p>Each file is a {@code VCALENDAR} with the programme's time zone as a {@code VTIMEZONE} (from ical4j's bundled
 * definitions) and one {@code VEVENT} per session still to take place (planned or fixed): {@code UID} from the
 * session's id, {@code DTSTART}/{@code DTEND} in the programme's time zone, {@code SUMMARY} its title,
 * {@code DESCRIPTION} the members' names and roles, the due dates and the notes, {@code LOCATION} the room's name,
 * one {@code ATTENDEE} per member ({@code CN} their name, the URI {@code mailto:} their {@code email} when the
 * document gives one, so that a calendar application can send the invitation, else
 * {@code urn:x-peer-match:member:<id>}), {@code ORGANIZER} the programme's {@code coordinator} when it names one
 * ({@code mailto:} their e-mail address, {@code CN} their name), {@code CATEGORIES} the mode, {@code STATUS} {@code TENTATIVE} for
 * a proposed session and {@code CONFIRMED} for a fixed one. An accompaniment meeting carries a {@code VALARM} at the
 * time the questions are due.
 *
 * <p>Same calendar, same bytes: {@code DTSTAMP} is the programme's first day at midnight UTC, not the time of
 * writing, and nothing depends on the platform's locale or time zone. Lines end with CRLF and are folded at 75
 * octets, as RFC 5545 asks, never inside a UTF-8 sequence ({@link IcsFolding}).
 */
public final class IcsExport {

    /** The product id written in every file. */
    public static final String PRODUCT = "-//peer-match//programme calendar//EN";

    private IcsExport() {
    }

    /**
     * @param programme the programme, for names, rooms, the time zone and the due-date rules
     * @param calendar its calendar
     * @return the iCalendar text of every session still to take place
     */
    public static String programme(Programme programme, ProgrammeCalendar calendar) {
        return text(out -> files(programme, calendar).writeProgramme(out));
    }

    /**
     * @param programme the programme
     * @param calendar its calendar
     * @param member a member's id
     * @return the iCalendar text of the sessions still to take place that the member takes part in
     */
    public static String person(Programme programme, ProgrammeCalendar calendar, String member) {
        return text(out -> files(programme, calendar).writePerson(member, out));
    }

    /** @return the ids of the members who take part in at least one session still to take place, in document order */
    public static List<String> people(Programme programme, ProgrammeCalendar calendar) {
        return files(programme, calendar).people();
    }

    /**
     * @param programme the programme
     * @param calendar its calendar
     * @return its calendar files, to write one after the other: the sessions still to take place are sorted out by
     *         member once, so that writing every person's file is linear in the size of all of them
     */
    public static Files files(Programme programme, ProgrammeCalendar calendar) {
        return new Files(programme, calendar);
    }

    /**
     * The calendar files of one programme's calendar, each written as a stream: the whole programme's and one per
     * person. Writes the same bytes as ical4j's {@code CalendarOutputter} on one {@link Calendar} of the same
     * sessions, refolded ({@link IcsFolding}), but one event at a time: ical4j 4 copies a calendar's component list
     * at every {@code add}, and a file held whole in memory grows with the programme. Each event and the text
     * around the calendar's name are rendered once and reused in every file. Not thread-safe.
     */
    public static final class Files {

        private static final String END = "END:VCALENDAR\r\n";
        private static final String NAME_MARKER = "peer-match-calendar-name";

        private final Programme programme;
        private final List<Session> upcoming;
        /** Each member's sessions still to take place, in calendar order. */
        private final Map<String, List<Session>> byMember = new HashMap<>();
        private final ZoneId zone;
        private final boolean utc;
        private final TimeZone timeZone;
        private final Instant stamp;
        /**
         * Each session's event as written, rendered by ical4j once for the programme's file and the files of its
         * members (rendering was most of the time of the calendar files); as large as the programme's file.
         */
        private final Map<Session, String> events = new IdentityHashMap<>();
        /** The file's text before and after the calendar's name (the same in every file), folded; built once. */
        private String headerBefore;
        private String headerAfter;

        private Files(Programme programme, ProgrammeCalendar calendar) {
            this.programme = programme;
            this.upcoming = calendar.upcoming();
            for (Session session : upcoming) {
                for (String member : session.members()) {
                    List<Session> mine = byMember.computeIfAbsent(member, m -> new ArrayList<>());
                    if (mine.isEmpty() || mine.getLast() != session) {
                        mine.add(session);
                    }
                }
            }
            ZoneId programmeZone = programme.timeZone() == null ? ZoneOffset.UTC : programme.timeZone();
            TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
            this.timeZone = programmeZone instanceof ZoneOffset ? null : registry.getTimeZone(programmeZone.getId());
            this.utc = timeZone == null;
            this.zone = utc ? ZoneOffset.UTC : programmeZone;
            this.stamp = programme.start().atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        /** @return the ids of the members who take part in a session still to take place, in document order */
        public List<String> people() {
            List<String> people = new ArrayList<>();
            for (org.peermatch.core.model.Member member : programme.members()) {
                if (byMember.containsKey(member.id())) {
                    people.add(member.id());
                }
            }
            return people;
        }

        /** Writes the iCalendar file of every session still to take place (UTF-8; the stream is left open). */
        public void writeProgramme(OutputStream out) throws IOException {
            write(upcoming, programme.name(), out);
        }

        /** Writes the iCalendar file of the member's sessions still to take place (UTF-8; left open). */
        public void writePerson(String member, OutputStream out) throws IOException {
            write(byMember.getOrDefault(member, List.of()),
                    programme.name() + " · " + CalendarWords.name(programme, member), out);
        }

        private void write(List<Session> sessions, String name, OutputStream stream) throws IOException {
            if (headerBefore == null) {
                header();
            }
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 14);
            out.write(headerBefore);
            out.write(IcsFolding.refold(calendarName(name == null ? "peer-match" : name).toString()));
            out.write(headerAfter);
            for (Session session : sessions) {
                if (session.start() != null && session.end() != null) {
                    out.write(events.computeIfAbsent(session,
                            s -> IcsFolding.refold(event(programme, s, zone, utc, stamp).toString())));
                }
            }
            out.write(END);
            out.flush();
        }

        /**
         * Renders, once, the calendar's text around its name: what ical4j's {@code CalendarOutputter} writes for a
         * calendar of these properties and the time zone (folded), up to its end, the name's line left out.
         */
        private void header() {
            Calendar ics = new Calendar();
            ics.add(new ProdId(PRODUCT));
            ics.add(ImmutableVersion.VERSION_2_0);
            ics.add(ImmutableCalScale.GREGORIAN);
            ics.add(ImmutableMethod.PUBLISH);
            ics.add(calendarName(NAME_MARKER));
            if (timeZone != null) {
                ics.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
                ics.add(timeZone.getVTimeZone());
            }
            String whole = ics.toString();
            String nameLine = calendarName(NAME_MARKER).toString();
            int at = whole.indexOf(nameLine);
            if (!whole.endsWith(END) || at < 0 || whole.indexOf(nameLine, at + 1) >= 0) {
                throw new IllegalStateException("ical4j wrote a calendar other than BEGIN, properties, time zone, "
                        + END.strip() + ".\nMaybe ical4j's version changed: check IcsExport against it.");
            }
            headerBefore = IcsFolding.refold(whole.substring(0, at));
            headerAfter = IcsFolding.refold(whole.substring(at + nameLine.length(), whole.length() - END.length()));
        }

        private static XProperty calendarName(String name) {
            return new XProperty("X-WR-CALNAME", name);
        }
    }

    /** @return the UID a session is written with: its id, at peer-match */
    public static String uid(Session session) {
        return session.id() + "@peer-match";
    }

    /** @return the URI an attendee is written with, e.g. {@code urn:x-peer-match:member:m01} */
    public static URI attendeeUri(String member) {
        return URI.create("urn:x-peer-match:member:" + encode(member));
    }

    /**
     * @return {@code mailto:} the member's e-mail address when they give one (built by {@link URI}, which quotes
     *         what must be), else {@link #attendeeUri(String)}
     */
    public static URI attendeeUri(Programme programme, String member) {
        org.peermatch.core.model.Member m = programme.member(member);
        URI mailto = m == null ? null : mailto(m.email());
        return mailto != null ? mailto : attendeeUri(member);
    }

    /**
     * @return {@code mailto:} the address (built by {@link URI}, which quotes what must be), or null when there is
     *         none or it makes no URI (the reader only lets plausible addresses through)
     */
    private static URI mailto(String email) {
        if (email == null) {
            return null;
        }
        try {
            return new URI("mailto", email, null);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** @return the programme's coordinator as the organizer of its sessions, or null when it names none */
    private static Organizer organizer(Programme programme) {
        Coordinator coordinator = programme.coordinator();
        URI mailto = coordinator == null ? null : mailto(coordinator.email());
        if (mailto == null) {
            return null;
        }
        Organizer organizer = new Organizer(mailto);
        if (coordinator.name() != null) {
            organizer.add(new Cn(coordinator.name()));
        }
        return organizer;
    }

    /** Something that writes a file to a stream. */
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static String text(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            content.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static VEvent event(Programme programme, Session session, ZoneId zone, boolean utc, Instant stamp) {
        VEvent event = new VEvent(false);
        event.add(new DtStamp(stamp));
        event.add(new Uid(uid(session)));
        event.add(new DtStart<>(at(session.start(), zone, utc)));
        event.add(new DtEnd<>(at(session.end(), zone, utc)));
        event.add(new Summary(session.title()));
        event.add(new Description(description(programme, session)));
        if (session.room() != null) {
            event.add(new Location(roomName(programme, session.room())));
        }
        event.add(new Categories(modeWords(programme.messages(), session.mode())));
        event.add(session.status() == SessionState.FIXED ? ImmutableStatus.VEVENT_CONFIRMED
                : ImmutableStatus.VEVENT_TENTATIVE);
        Organizer organizer = organizer(programme);
        if (organizer != null) {
            event.add(organizer);
        }
        for (int i = 0; i < session.members().size(); i++) {
            String member = session.members().get(i);
            Attendee attendee = new Attendee(attendeeUri(programme, member));
            attendee.add(new Cn(CalendarWords.name(programme, member)));
            attendee.add(CuType.INDIVIDUAL);
            attendee.add(leads(session, i) ? Role.CHAIR : Role.REQ_PARTICIPANT);
            event.add(attendee);
        }
        if (session.mode() == Mode.ACCOMPANIMENT && session.questionsDue() != null) {
            VAlarm alarm = new VAlarm(Duration.between(session.questionsDue(), session.start()).negated());
            alarm.add(ImmutableAction.DISPLAY);
            alarm.add(new Description(programme.messages().get("ics.alarm", session.title())));
            event.add(alarm);
        }
        return event;
    }

    private static Temporal at(LocalDateTime time, ZoneId zone, boolean utc) {
        ZonedDateTime zoned = time.atZone(zone);
        return utc ? zoned.withZoneSameInstant(ZoneOffset.UTC) : zoned;
    }

    /** @return whether the member at that place leads the session: the resource person, mentor or animator */
    private static boolean leads(Session session, int index) {
        return switch (session.mode()) {
            case ACCOMPANIMENT, IMMERSION -> index == 1;
            case WORKSHOP -> index == 0;
            default -> false;
        };
    }

    static String description(Programme programme, Session session) {
        Messages messages = programme.messages();
        List<String> lines = new ArrayList<>();
        List<String> people = new ArrayList<>();
        for (int i = 0; i < session.members().size(); i++) {
            String member = session.members().get(i);
            String role = role(session, i);
            people.add(role.isEmpty() ? CalendarWords.name(programme, member)
                    : messages.get("ics.person", CalendarWords.name(programme, member), messages.get(role)));
        }
        lines.add(messages.get("ics.with", String.join(", ", people)));
        if (session.questionsDue() != null) {
            lines.add(messages.get("ics.questionsDue", CalendarWords.dateTime(messages, session.questionsDue())));
        }
        if (session.reportDue() != null) {
            lines.add(messages.get("ics.reportDue", CalendarWords.date(messages, session.reportDue())));
        }
        if (session.hours() > 0) {
            lines.add(messages.get("ics.hours", session.hours()));
        }
        lines.addAll(session.notes());
        return String.join("\n", lines);
    }

    /** @return the message key of the role of the member at that place in the session, or an empty text */
    static String role(Session session, int index) {
        return switch (session.mode()) {
            case ACCOMPANIMENT -> index == 0 ? "ics.role.participant" : index == 1 ? "ics.role.resource" : "";
            case IMMERSION -> index == 0 ? "ics.role.mentee" : index == 1 ? "ics.role.mentor" : "";
            case WORKSHOP -> index == 0 ? "ics.role.animator" : "ics.role.attendee";
            default -> "";
        };
    }

    static String modeWords(Messages messages, Mode mode) {
        return messages.get(switch (mode) {
            case ACCOMPANIMENT -> "ics.mode.accompaniment";
            case IMMERSION -> "ics.mode.immersion";
            case CODEVELOPMENT -> "ics.mode.codevelopment";
            case WORKSHOP -> "ics.mode.workshop";
            case OTHER -> "ics.mode.other";
        });
    }

    static String roomName(Programme programme, String room) {
        Room known = programme.room(room);
        return known == null ? room : known.name();
    }

    private static String encode(String id) {
        StringBuilder out = new StringBuilder();
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_')) {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
