package org.peermatch.core.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.data.CalendarOutputter;
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
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

import org.peermatch.core.calendar.CalendarWords;
import org.peermatch.core.calendar.ProgrammeCalendar;
import org.peermatch.core.calendar.Session;
import org.peermatch.core.calendar.SessionState;
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
 * one {@code ATTENDEE} per member ({@code CN} their name, the URI {@code urn:x-peer-match:member:<id>}: the
 * programme document holds no e-mail addresses), {@code CATEGORIES} the mode, {@code STATUS} {@code TENTATIVE} for
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
        return write(programme, calendar.upcoming(), programme.name());
    }

    /**
     * @param programme the programme
     * @param calendar its calendar
     * @param member a member's id
     * @return the iCalendar text of the sessions still to take place that the member takes part in
     */
    public static String person(Programme programme, ProgrammeCalendar calendar, String member) {
        List<Session> mine = calendar.upcoming().stream().filter(session -> session.involves(member)).toList();
        return write(programme, mine, programme.name() + " · " + CalendarWords.name(programme, member));
    }

    /** @return the ids of the members who take part in at least one session still to take place, in document order */
    public static List<String> people(Programme programme, ProgrammeCalendar calendar) {
        java.util.Set<String> involved = new java.util.HashSet<>();
        for (Session session : calendar.upcoming()) {
            involved.addAll(session.members());
        }
        List<String> people = new ArrayList<>();
        for (org.peermatch.core.model.Member member : programme.members()) {
            if (involved.contains(member.id())) {
                people.add(member.id());
            }
        }
        return people;
    }

    /** @return the URI an attendee is written with, e.g. {@code urn:x-peer-match:member:m01} */
    public static URI attendeeUri(String member) {
        return URI.create("urn:x-peer-match:member:" + encode(member));
    }

    /** @return the UID a session is written with: its id, at peer-match */
    public static String uid(Session session) {
        return session.id() + "@peer-match";
    }

    private static String write(Programme programme, List<Session> sessions, String name) {
        ZoneId zone = programme.timeZone() == null ? ZoneOffset.UTC : programme.timeZone();
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        TimeZone timeZone = zone instanceof ZoneOffset ? null : registry.getTimeZone(zone.getId());
        Calendar ics = new Calendar();
        ics.add(new ProdId(PRODUCT));
        ics.add(ImmutableVersion.VERSION_2_0);
        ics.add(ImmutableCalScale.GREGORIAN);
        ics.add(ImmutableMethod.PUBLISH);
        ics.add(new XProperty("X-WR-CALNAME", name == null ? "peer-match" : name));
        if (timeZone != null) {
            ics.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
            ics.add(timeZone.getVTimeZone());
        }
        Instant stamp = programme.start().atStartOfDay(ZoneOffset.UTC).toInstant();
        for (Session session : sessions) {
            if (session.start() != null && session.end() != null) {
                ics.add(event(programme, session, timeZone == null ? ZoneOffset.UTC : zone, timeZone == null,
                        stamp));
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(ics, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("The calendar of " + name + " is not valid iCalendar: " + e.getMessage()
                    + "\nMaybe a session has no start or end.", e);
        }
        return IcsFolding.refold(out.toString());
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
        for (int i = 0; i < session.members().size(); i++) {
            String member = session.members().get(i);
            Attendee attendee = new Attendee(attendeeUri(member));
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
        for (byte b : id.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
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
