package org.peermatch.core.immersion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Decisions;
import org.peermatch.core.model.ForbiddenPair;
import org.peermatch.core.model.ImmersionRules;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Programme;
import org.peermatch.core.plan.Violation;

/** The certifier finds each broken hard rule on hand-made pairings, and nothing on a sound plan. */
class ImmersionCertifierTest {

    private static final LocalDate END = ImmersionFixture.START.plusWeeks(4);
    /** Tuesday 2 March 2027. */
    private static final LocalDate TUESDAY = ImmersionFixture.START.plusDays(1);

    private static ImmersionPairing pairing(String mentee, String mentor, LocalDate day) {
        return new ImmersionPairing(mentee, mentor, day, List.of(), day.plusDays(7), List.of());
    }

    private static List<Violation> check(Programme programme, ImmersionPairing... pairings) {
        return new ImmersionCertifier(programme).violations(List.of(pairings));
    }

    private static Programme programme(ImmersionFixture.Person... people) {
        return ImmersionFixture.programme(END, ImmersionFixture.members(people));
    }

    @Test
    void soundPairingsBreakNothing() {
        Programme programme = programme(ImmersionFixture.mentor("r1", "music", 2),
                ImmersionFixture.mentee("e1", "music"), ImmersionFixture.mentee("e2", "music"));

        assertThat(check(programme, pairing("e1", "r1", TUESDAY), pairing("e2", "r1", TUESDAY.plusDays(1))))
                .isEmpty();
    }

    @Test
    void findsAnotherSectorOnlyWhenTheProgrammeRequiresTheSame() {
        List<Member> members = ImmersionFixture.members(ImmersionFixture.mentor("r1", "music", 1),
                ImmersionFixture.mentee("e1", "theatre").name("Zoé Martin"));
        Programme required = ImmersionFixture.programme(END, members);
        Programme relaxed = ImmersionFixture.withRules(required, new ImmersionRules(false, 7));

        assertThat(check(required, pairing("e1", "r1", TUESDAY))).containsExactly(new Violation("mentor-other-sector",
                "Zoé Martin (e1) and Name r1 (r1) share no sector, and the programme requires the same sector."));
        assertThat(check(relaxed, pairing("e1", "r1", TUESDAY))).isEmpty();
    }

    @Test
    void findsTooManyMenteesAndTwoOnOneDay() {
        Programme programme = programme(ImmersionFixture.mentor("r1", "music", 2),
                ImmersionFixture.mentee("e1", "music"), ImmersionFixture.mentee("e2", "music"),
                ImmersionFixture.mentee("e3", "music"));

        assertThat(check(programme, pairing("e1", "r1", TUESDAY), pairing("e2", "r1", TUESDAY),
                pairing("e3", "r1", TUESDAY.plusDays(1))))
                .containsExactly(
                        new Violation("mentor-days-exceeded", "Name r1 (r1) hosts 3 mentees but offers 2 days."),
                        new Violation("mentor-double-booked",
                                "Name r1 (r1) hosts 2 mentees on Tuesday 2 March 2027."));
    }

    @Test
    void findsPeopleNotAvailableAllDayAndDaysOutsideTheProgramme() {
        Programme programme = programme(
                ImmersionFixture.mentor("r1", "music", 3).weekdays(ImmersionFixture.START, END, DayOfWeek.TUESDAY),
                ImmersionFixture.mentee("e1", "music").unavailable(TUESDAY),
                ImmersionFixture.mentee("e2", "music"), ImmersionFixture.mentee("e3", "music"));

        assertThat(check(programme, pairing("e1", "r1", TUESDAY), pairing("e2", "r1", TUESDAY.plusDays(1)),
                pairing("e3", "r1", ImmersionFixture.START.plusDays(5))))
                .extracting(Violation::constraint, Violation::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("immersion-day-unavailable",
                                "Name e1 (e1) is not available all day on Tuesday 2 March 2027."),
                        org.assertj.core.groups.Tuple.tuple("immersion-day-unavailable",
                                "Name r1 (r1) is not available all day on Wednesday 3 March 2027."),
                        org.assertj.core.groups.Tuple.tuple("immersion-day-unavailable",
                                "Saturday 6 March 2027 is not a working day of the programme (Name e3 (e3) and"
                                        + " Name r1 (r1))."));
    }

    @Test
    void findsEachKindOfConflictOfInterest() {
        List<Member> members = ImmersionFixture.members(
                ImmersionFixture.mentor("r1", "music", 5).organization("Opéra Nomade"),
                ImmersionFixture.mentee("e1", "music").organization("opéra nomade"),
                ImmersionFixture.mentee("e2", "music").conflicts("r1"),
                ImmersionFixture.mentee("e3", "music"));
        Programme programme = ImmersionFixture.programme(END, members, ImmersionRules.DEFAULT, List.of(),
                new Decisions(List.of(), List.of(new ForbiddenPair("r1", "e3", null))), Map.of());

        assertThat(check(programme, pairing("e1", "r1", TUESDAY), pairing("e2", "r1", TUESDAY.plusDays(1)),
                pairing("e3", "r1", TUESDAY.plusDays(2))))
                .extracting(Violation::message)
                .containsExactly("Name e1 (e1) and Name r1 (r1) both work for opéra nomade.",
                        "Name e2 (e2) and Name r1 (r1) declared a conflict of interest.",
                        "Name e3 (e3) and Name r1 (r1) were kept apart by the committee.");
    }

    @Test
    void findsAMentorWithoutMoreExperienceOrWithoutImmersionDays() {
        Programme programme = programme(ImmersionFixture.mentor("r1", "music", 1).years(6),
                ImmersionFixture.person("x1").sectors("music").years(30),
                ImmersionFixture.mentee("e1", "music").years(6), ImmersionFixture.mentee("e2", "music"));

        assertThat(check(programme, pairing("e1", "r1", TUESDAY), pairing("e2", "x1", TUESDAY)))
                .containsExactly(
                        new Violation("mentor-less-experienced",
                                "Name r1 (r1) has 6 years of experience, not more than Name e1 (e1) with 6."),
                        new Violation("mentor-days-exceeded",
                                "Name x1 (x1) hosts 1 mentee but offers no immersion day."));
    }
}
