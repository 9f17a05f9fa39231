package org.peermatch.core.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peermatch.core.model.ClosedPeriod;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;

/**
 * The whole proposal, certified independently of every mode's own certifier ({@link WholeProposalCertifier}): the
 * demo programme, seeded variants of it with winter, spring and summer closures placed at random, and generated
 * programmes of 40 to 400 members asking for every mode, closed around Christmas, Easter and in summer (on those,
 * 5 to 79 sessions are left undated, and the certifier finds no free date for any of them).
 */
class WholeProposalTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 4);
    }

    @Test
    void theDemoIsSound() throws Exception {
        Programme demo = ProgrammeModesTest.demo().withSolver(new SolverSettings(null, null, 3_000L, 5));

        Proposal proposal = PeerMatch.solve(demo);

        assertThat(new WholeProposalCertifier(demo).findings(proposal)).isEmpty();
        // Issue 12: at most the default 3 meetings a week per resource person, first meetings staggered over the
        // first weeks (they all fell in the first week before), meetings continuing after the summer.
        var calendar = proposal.calendar();
        assertThat(org.peermatch.core.calendar.MeetingLoadTest.mostMeetingsPerWeek(calendar))
                .isLessThanOrEqualTo(org.peermatch.core.model.CalendarRules.DEFAULT_MAX_MEETINGS_PER_WEEK_PER_RESOURCE);
        var meetings = calendar.sessions().stream().filter(session -> session.id().startsWith("accompaniment-"))
                .toList();
        assertThat(meetings.stream().filter(session -> session.id().endsWith("-1"))
                .map(session -> session.date().get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)).distinct()
                .count()).isGreaterThanOrEqualTo(4);
        assertThat(meetings.stream().map(org.peermatch.core.calendar.Session::date).max(LocalDate::compareTo)
                .orElseThrow()).isAfter(LocalDate.of(2027, 8, 31));
    }

    @Test
    void theDemoWithFourHourHalfDaysIsSoundAndHoldsMeetingsBackToBack() throws Exception {
        Programme demo = ProgrammeModesTest.demo().withSolver(new SolverSettings(null, null, 3_000L, 5));
        Programme longDays = demo.withDay(List.of(
                new org.peermatch.core.model.HalfDaySlot("AM", java.time.LocalTime.of(9, 0),
                        java.time.LocalTime.of(13, 0)),
                new org.peermatch.core.model.HalfDaySlot("PM", java.time.LocalTime.of(14, 0),
                        java.time.LocalTime.of(18, 0))), demo.calendar());

        Proposal proposal = PeerMatch.solve(longDays);

        assertThat(new WholeProposalCertifier(longDays).findings(proposal)).isEmpty();
        assertThat(proposal.calendarViolations()).isEmpty();
        assertThat(proposal.calendar().sessions()).as("meetings at 11:00, after another one that morning")
                .anySatisfy(session -> assertThat(session.start().toLocalTime()).isEqualTo(
                        java.time.LocalTime.of(11, 0)));
    }

    @Test
    void itFindsASectionOnAClosedDayThatDisagreesWithTheCalendar() throws Exception {
        Programme demo = ProgrammeModesTest.demo().withSolver(new SolverSettings(null, null, 1_000L, 5));
        Proposal proposal = PeerMatch.solve(demo);
        org.peermatch.core.immersion.ImmersionProposal immersion = proposal.immersion();
        org.peermatch.core.immersion.ImmersionPairing first = immersion.pairings().getFirst();
        LocalDate summer = LocalDate.of(2027, 8, 3);
        List<org.peermatch.core.immersion.ImmersionPairing> pairings = new ArrayList<>(immersion.pairings());
        pairings.set(0, new org.peermatch.core.immersion.ImmersionPairing(first.mentee(), first.mentor(), summer,
                first.objectives(), summer.plusDays(7), first.reasons()));
        org.peermatch.core.immersion.ImmersionProposal moved = new org.peermatch.core.immersion.ImmersionProposal(
                immersion.score(), immersion.hardScore(), immersion.mediumScore(), immersion.softScore(), pairings,
                immersion.unplaced(), immersion.constraints(), immersion.violations());
        List<org.peermatch.core.plan.ModeProposal> modes = new ArrayList<>();
        for (org.peermatch.core.plan.ModeProposal mode : proposal.modes()) {
            modes.add(mode == immersion ? moved : mode);
        }
        Proposal broken = new Proposal(proposal.programme(), modes, proposal.calendar(),
                proposal.calendarViolations(), proposal.statistics());

        assertThat(new WholeProposalCertifier(demo).findings(broken)).hasSize(2)
                .anySatisfy(finding -> assertThat(finding).startsWith("The immersion section names the closed day"))
                .anySatisfy(finding -> assertThat(finding).startsWith("The immersion section says 2027-08-03"));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void seededClosuresLeaveEverySectionOnOpenDaysAndInAgreementWithTheCalendar(long seed) throws Exception {
        Programme demo = ProgrammeModesTest.demo();
        Random random = new Random(seed);
        List<ClosedPeriod> closed = new ArrayList<>(demo.closed());
        LocalDate winter = demo.start().plusDays(random.nextInt(10));
        closed.add(new ClosedPeriod(winter, winter.plusDays(4 + random.nextInt(10)), "winter break"));
        LocalDate spring = LocalDate.of(2027, 4, 5).plusDays(random.nextInt(20));
        closed.add(new ClosedPeriod(spring, spring.plusDays(7 + random.nextInt(7)), "spring break"));
        LocalDate summer = LocalDate.of(2027, 7, 1).plusDays(random.nextInt(20));
        closed.add(new ClosedPeriod(summer, summer.plusDays(28 + random.nextInt(21)), "summer closure"));
        LocalDate christmas = LocalDate.of(2027, 12, 6).plusDays(random.nextInt(7));
        closed.add(new ClosedPeriod(christmas, demo.end(), "Christmas break"));
        Programme programme = demo.withClosed(closed).withSolver(new SolverSettings(null, null, 3_000L, seed));

        Proposal proposal = PeerMatch.solve(programme);

        assertThat(new WholeProposalCertifier(programme).findings(proposal)).isEmpty();
        assertThat(proposal.immersion().violations()).isEmpty();
        assertThat(proposal.codevelopment().violations()).isEmpty();
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> generated() {
        // 40, 120, 200 and 400 members
        return java.util.stream.Stream.of(org.junit.jupiter.params.provider.Arguments.of(11L, 30, 10),
                org.junit.jupiter.params.provider.Arguments.of(12L, 90, 30),
                org.junit.jupiter.params.provider.Arguments.of(13L, 150, 50),
                org.junit.jupiter.params.provider.Arguments.of(14L, 300, 100));
    }

    /**
     * Generated programmes of 40 to 400 members asking for every mode, closed around Christmas, Easter and in
     * summer: every session on an open day, every mode's section in agreement with the calendar, no session left
     * undated while the certifier finds a free date for it.
     */
    @ParameterizedTest(name = "seed {0}: {1} participants, {2} resource persons")
    @MethodSource("generated")
    void generatedProgrammesWithClosuresAreSound(long seed, int participants, int resources) {
        Programme programme = everyMode(seed, participants, resources);

        Proposal proposal = PeerMatch.solve(programme);

        assertThat(proposal.immersion().pairings()).isNotEmpty();
        assertThat(proposal.codevelopment().groups()).isNotEmpty();
        assertThat(proposal.workshops().workshops()).isNotEmpty();
        assertThat(proposal.calendar().sessions()).extracting(org.peermatch.core.calendar.Session::mode)
                .contains(org.peermatch.core.model.Mode.ACCOMPANIMENT, org.peermatch.core.model.Mode.IMMERSION,
                        org.peermatch.core.model.Mode.CODEVELOPMENT, org.peermatch.core.model.Mode.WORKSHOP);
        assertThat(new WholeProposalCertifier(programme).findings(proposal)).isEmpty();
        assertThat(proposal.calendarViolations()).isEmpty();
    }

    /**
     * A generated accompaniment programme ({@link org.peermatch.core.testing.Programmes#generateVaried}) whose
     * members also ask for or offer the other modes — a third of the participants are mentees, a tenth of the
     * resource persons host immersion days, two fifths of the participants join co-development, every participant
     * asks for workshops and resource persons at level 4 or more on a topic animate them — with closures around
     * Christmas (the programme's first days), Easter (two weeks in April) and summer (four to six weeks), placed by
     * the seed.
     */
    static Programme everyMode(long seed, int participantCount, int resourceCount) {
        Programme base = org.peermatch.core.testing.Programmes.generateVaried(seed, participantCount, resourceCount,
                Math.max(6, participantCount / 10));
        Random random = new Random(seed * 31 + 7);
        List<org.peermatch.core.model.Member> members = new ArrayList<>();
        for (org.peermatch.core.model.Member m : base.members()) {
            List<org.peermatch.core.model.Mode> requests = new ArrayList<>(m.requests());
            java.util.Map<org.peermatch.core.model.Mode, org.peermatch.core.model.Offer> offers =
                    new java.util.EnumMap<>(org.peermatch.core.model.Mode.class);
            offers.putAll(m.offers());
            int experience = 0;
            List<String> objectives = List.of();
            List<String> tags = List.of();
            if (m.requests(org.peermatch.core.model.Mode.ACCOMPANIMENT)) {
                requests.add(org.peermatch.core.model.Mode.WORKSHOP);
                if (random.nextInt(3) == 0) {
                    requests.add(org.peermatch.core.model.Mode.IMMERSION);
                    objectives = List.of(random.nextBoolean() ? "touring" : "booking");
                }
                if (random.nextInt(5) < 2) {
                    requests.add(org.peermatch.core.model.Mode.CODEVELOPMENT);
                }
                experience = random.nextInt(5);
            } else {
                experience = 6 + random.nextInt(20);
                tags = List.of(random.nextBoolean() ? "touring" : "booking");
                if (random.nextInt(3) == 0) {
                    offers.put(org.peermatch.core.model.Mode.IMMERSION,
                            org.peermatch.core.model.Offer.days(1 + random.nextInt(3)));
                }
                if (m.competences().stream().anyMatch(c -> c.level() >= 4) && random.nextBoolean()) {
                    offers.put(org.peermatch.core.model.Mode.WORKSHOP,
                            org.peermatch.core.model.Offer.workshops(1 + random.nextInt(2), 0));
                }
            }
            members.add(new org.peermatch.core.model.Member(m.id(), m.name(), m.organization(), m.sectors(),
                    requests, m.needs(), m.competences(), offers, m.availability(), m.conflicts(), m.continuity(),
                    m.preferences(), experience, tags, objectives, null));
        }
        int year = base.start().getYear();
        List<ClosedPeriod> closed = new ArrayList<>();
        closed.add(new ClosedPeriod(base.start(), base.start().plusDays(random.nextInt(8)), "Christmas break"));
        LocalDate easter = LocalDate.of(year, 3, 29).plusDays(random.nextInt(21));
        closed.add(new ClosedPeriod(easter, easter.plusDays(13), "Easter holidays"));
        LocalDate summer = LocalDate.of(year, 7, 12).plusDays(random.nextInt(21));
        closed.add(new ClosedPeriod(summer, summer.plusDays(27 + random.nextInt(15)), "summer closure"));
        closed.add(new ClosedPeriod(LocalDate.of(year, 12, 13).plusDays(random.nextInt(4)), base.end(),
                "Christmas break"));
        return new Programme(base.name(), base.start(), base.end(), base.timeZone(), base.halfDays(),
                base.accompaniment(), base.immersion(), base.codevelopment(), base.workshop(), base.calendar(),
                closed, List.of(), members, base.history(), base.decisions(), base.weights(),
                new SolverSettings(null, null, 2_000L, seed), org.peermatch.core.model.CalendarChanges.NONE);
    }
}
