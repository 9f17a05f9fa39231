package org.peermatch.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermatch.core.calendar.CalendarFixture.END;
import static org.peermatch.core.calendar.CalendarFixture.assignment;
import static org.peermatch.core.calendar.CalendarFixture.codev;
import static org.peermatch.core.calendar.CalendarFixture.group;
import static org.peermatch.core.calendar.CalendarFixture.immersion;
import static org.peermatch.core.calendar.CalendarFixture.proposal;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.Test;
import org.peermatch.core.calendar.CalendarFixture;
import org.peermatch.core.calendar.CalendarPlanner;
import org.peermatch.core.calendar.ProgrammeCalendar;
import org.peermatch.core.calendar.Session;
import org.peermatch.core.model.Availability;
import org.peermatch.core.model.CalendarChanges;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.Room;

/**
 * RFC 5545 §3.1: every line of every generated .ics file is at most 75 octets and no line splits a UTF-8 sequence,
 * even with accented names, CJK and emoji; ical4j reads every file back to the same titles.
 */
class IcsFoldingTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 2, 1);

    private static Member named(String id, String name) {
        return new Member(id, name, "Org " + id, List.of("music"), List.of(), List.of(), List.of(), Map.of(),
                Availability.ALWAYS, List.of(), List.of(), List.of());
    }

    @Test
    void everyLineOfEveryFileIsAtMost75OctetsAndParsesBack() throws Exception {
        List<Member> members = List.of(named("p1", "Éléonore Bérénice Dupré-Lefèvre"),
                named("r1", "Ændrè Çéçília Ōtsuka 大塚 愛"), named("a", "Zoé d'Arc-Ørsted 🎭 Théâtre"),
                named("b", "Hélène Müller-Größe"), named("c", "Ségolène Nguyễn Thị Ánh"),
                named("d", "Jérôme Boëdec"), named("e", "Anaïs Périgueux"), named("m1", "Maël Ñúñez-Ibáñez"));
        Programme programme = CalendarFixture.programme(members, END, List.of(),
                List.of(new Room("hall", "Salle Claude Nougaro — étage élevé, côté Garonne", 20, List.of())),
                CalendarChanges.NONE);
        ProgrammeCalendar calendar = CalendarPlanner.plan(programme,
                proposal(List.of(assignment("p1", "r1", "business-model", 6)),
                        List.of(immersion("m1", "b", MONDAY.plusDays(14))),
                        List.of(group(1, List.of("a", "b", "c", "d", "e"), codev(1, MONDAY, "AM", "a")))).modes(),
                List.of(Session.workshop(programme, "workshop-1", "Atelier « stratégie numérique » : écrire à l'écran, "
                        + "éditer, réécrire — 創作 🎨", "a", List.of("d", "e"), MONDAY.plusDays(2), "PM", "hall")));
        List<String> files = new ArrayList<>();
        files.add(IcsExport.programme(programme, calendar));
        for (String member : IcsExport.people(programme, calendar)) {
            files.add(IcsExport.person(programme, calendar, member));
        }

        assertThat(files).hasSize(1 + members.size());
        int longest = 0;
        for (String ics : files) {
            assertThat(ics).endsWith("END:VCALENDAR\r\n").doesNotContain("\r\n\r\n");
            for (String line : ics.split("\r\n")) {
                byte[] octets = line.getBytes(StandardCharsets.UTF_8);
                assertThat(octets.length).as("octets of %s", line).isLessThanOrEqualTo(75);
                assertThat(strictUtf8(octets)).as("a line holds whole UTF-8 sequences").isEqualTo(line);
                longest = Math.max(longest, octets.length);
            }
            Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
            assertThat(parsed.getComponents(Component.VEVENT)).isNotEmpty();
        }
        // The files do fold: some lines fill the 75 octets (or come within a multi-octet character of it).
        assertThat(longest).isGreaterThanOrEqualTo(72);
        List<VEvent> events = new CalendarBuilder().build(new StringReader(files.getFirst()))
                .getComponents(Component.VEVENT);
        assertThat(events).extracting(event -> event.getProperty(Property.SUMMARY).get().getValue())
                .containsExactlyInAnyOrderElementsOf(calendar.upcoming().stream().map(Session::title).toList());
    }

    @Test
    void foldingKeepsCodePointsWholeAndUnfoldsToTheSameText() throws Exception {
        String value = "SUMMARY:" + "é".repeat(40) + "🎭".repeat(20) + "x".repeat(30) + "大".repeat(30);
        String folded = IcsFolding.refold(value + "\r\nEND:VEVENT\r\n");

        for (String line : folded.split("\r\n")) {
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertThat(octets.length).isLessThanOrEqualTo(75);
            assertThat(strictUtf8(octets)).isEqualTo(line);
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo(value + "\r\nEND:VEVENT\r\n");
        assertThat(IcsFolding.refold(folded)).isEqualTo(folded);
        assertThat(IcsFolding.refold("A:short\r\n")).isEqualTo("A:short\r\n");
    }

    private static String strictUtf8(byte[] octets) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(octets)).toString();
    }

    /** The octet count the folding uses is the encoder's, for every code point and every lone surrogate. */
    @Test
    void octetCountsAreUtf8s() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            int expected = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (IcsFolding.utf8Length(codePoint) != expected) {
                assertThat(IcsFolding.utf8Length(codePoint)).as("U+%04X", codePoint).isEqualTo(expected);
            }
        }
    }
}
