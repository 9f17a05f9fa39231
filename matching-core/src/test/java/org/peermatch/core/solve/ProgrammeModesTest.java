package org.peermatch.core.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peermatch.core.calendar.CalendarCertifier;
import org.peermatch.core.calendar.ProgrammeCalendar;
import org.peermatch.core.calendar.Session;
import org.peermatch.core.codevelopment.CodevelopmentGroup;
import org.peermatch.core.codevelopment.CodevelopmentSession;
import org.peermatch.core.immersion.ImmersionPairing;
import org.peermatch.core.io.ProgrammeReader;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.report.HtmlReport;
import org.peermatch.core.report.ProposalJson;
import org.peermatch.core.scoring.HalfDayCalendar;

/**
 * The demo programme solved whole: accompaniment, then immersion days, then co-development groups, in one proposal
 * whose every part is checked here against the programme, independently of each mode's own certifier.
 */
public class ProgrammeModesTest {

    private static final SolverSettings MOVES = new SolverSettings(null, null, 3_000L, 5);

    private static Programme demo;
    private static Proposal proposal;

    @BeforeAll
    static void solveTheDemo() throws Exception {
        demo = demo().withSolver(MOVES);
        proposal = PeerMatch.solve(demo);
    }

    public static Programme demo() throws Exception {
        try (InputStream in = ProgrammeModesTest.class
                .getResourceAsStream("/org/peermatch/core/demo/demo-programme.json")) {
            return ProgrammeReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "demo-programme.json");
        }
    }

    @Test
    void everyMenteeGetsOneWholeDayWithAMoreExperiencedMentorOfTheirSector() {
        List<String> mentees = demo.participantsIn(Mode.IMMERSION).stream().map(Member::id).toList();
        assertThat(proposal.immersion()).isNotNull();
        assertThat(proposal.immersion().unplaced()).isEmpty();
        assertThat(proposal.immersion().violations()).isEmpty();
        assertThat(proposal.immersion().pairings()).extracting(ImmersionPairing::mentee)
                .containsExactlyElementsOf(mentees);
        HalfDayCalendar calendar = new HalfDayCalendar(demo);
        for (ImmersionPairing pairing : proposal.immersion().pairings()) {
            Member mentee = demo.member(pairing.mentee());
            Member mentor = demo.member(pairing.mentor());
            assertThat(mentor.offer(Mode.IMMERSION)).isNotNull();
            assertThat(mentor.sharesSectorWith(mentee)).isTrue();
            assertThat(mentor.experienceYears()).isGreaterThan(mentee.experienceYears());
            assertThat(mentor.organization()).isNotEqualTo(mentee.organization());
            assertThat(wholeDay(calendar, mentee, pairing)).as("%s available all day", mentee.id()).isTrue();
            assertThat(wholeDay(calendar, mentor, pairing)).as("%s available all day", mentor.id()).isTrue();
            assertThat(pairing.reportDue()).isEqualTo(pairing.day().plusDays(demo.immersion().reportDueDays()));
            assertThat(pairing.objectives()).isEqualTo(mentee.objectives());
            assertThat(pairing.reasons()).isNotEmpty();
        }
        // A mentor hosts one mentee a day, and no more mentees than the days offered.
        for (Member mentor : demo.members()) {
            List<ImmersionPairing> hosted = proposal.immersion().pairings().stream()
                    .filter(pairing -> pairing.mentor().equals(mentor.id())).toList();
            assertThat(hosted.stream().map(ImmersionPairing::day).distinct()).hasSameSizeAs(hosted);
            if (!hosted.isEmpty()) {
                assertThat(hosted).hasSizeLessThanOrEqualTo(mentor.offer(Mode.IMMERSION).days());
            }
        }
    }

    @Test
    void everyCoDevelopmentMemberIsInOneGroupAndClientOnceOnACommonHalfDay() {
        List<String> asked = demo.participantsIn(Mode.CODEVELOPMENT).stream().map(Member::id).toList();
        assertThat(proposal.codevelopment()).isNotNull();
        assertThat(proposal.codevelopment().unplaced()).isEmpty();
        assertThat(proposal.codevelopment().violations()).isEmpty();
        List<String> grouped = new ArrayList<>();
        HalfDayCalendar calendar = new HalfDayCalendar(demo);
        for (CodevelopmentGroup group : proposal.codevelopment().groups()) {
            grouped.addAll(group.members());
            assertThat(group.members().size()).isBetween(demo.codevelopment().minSize(),
                    demo.codevelopment().maxSize());
            assertThat(group.members().stream().map(id -> demo.member(id).organization()).distinct())
                    .hasSameSizeAs(group.members());
            List<String> clients = new ArrayList<>();
            for (CodevelopmentSession session : group.sessions()) {
                clients.addAll(session.clients());
                assertThat(session.date()).isNotNull();
                for (String member : group.members()) {
                    assertThat(available(calendar, demo.member(member), session))
                            .as("%s at session %d of group %d", member, session.number(), group.number()).isTrue();
                }
            }
            assertThat(clients).containsExactlyInAnyOrderElementsOf(group.members());
            assertThat(group.sessions()).extracting(CodevelopmentSession::date).isSorted();
        }
        assertThat(grouped).containsExactlyInAnyOrderElementsOf(asked);
    }

    @Test
    void everySessionOfEveryModeIsOnOneCalendarWithoutDoubleBooking() {
        ProgrammeCalendar calendar = proposal.calendar();

        assertThat(calendar).isNotNull();
        assertThat(proposal.calendarViolations()).isEmpty();
        assertThat(CalendarCertifier.violations(demo, calendar)).isEmpty();
        assertThat(calendar.sessions()).extracting(Session::mode).contains(Mode.ACCOMPANIMENT, Mode.IMMERSION,
                Mode.CODEVELOPMENT, Mode.WORKSHOP);
        // The workshop programme: animators, slots and enrolments, every workshop on the calendar.
        assertThat(proposal.workshops()).isNotNull();
        assertThat(proposal.workshops().violations()).isEmpty();
        assertThat(proposal.workshops().workshops()).hasSize(demo.workshop().count());
        for (org.peermatch.core.workshop.Workshop workshop : proposal.workshops().workshops()) {
            Member animator = demo.member(workshop.animator());
            assertThat(animator.offer(Mode.WORKSHOP)).isNotNull();
            assertThat(animator.levelOn(workshop.theme())).isGreaterThanOrEqualTo(demo.workshop().minimumLevel());
            assertThat(workshop.attendees().size()).isBetween(demo.workshop().minAttendance(),
                    demo.workshop().maxAttendance());
            assertThat(workshop.date()).isNotNull();
            assertThat(demo.isClosed(workshop.date())).isFalse();
            assertThat(calendar.sessions()).anySatisfy(session -> {
                assertThat(session.mode()).isEqualTo(Mode.WORKSHOP);
                assertThat(session.members()).containsExactlyElementsOf(
                        java.util.stream.Stream.concat(java.util.stream.Stream.of(workshop.animator()),
                                workshop.attendees().stream()).toList());
            });
        }
        // The immersion days and the co-development sessions of the proposal are all on the calendar.
        long immersionDays = calendar.sessions().stream().filter(s -> s.mode() == Mode.IMMERSION).count();
        assertThat(immersionDays).isEqualTo(proposal.immersion().pairings().size());
        long codevelopmentSessions = calendar.sessions().stream().filter(s -> s.mode() == Mode.CODEVELOPMENT)
                .count();
        assertThat(codevelopmentSessions).isEqualTo(proposal.codevelopment().groups().stream()
                .mapToLong(group -> group.sessions().size()).sum());
        for (Session meeting : calendar.sessions()) {
            if (meeting.mode() == Mode.ACCOMPANIMENT) {
                assertThat(meeting.questionsDue()).isEqualTo(meeting.start().minusHours(48));
                assertThat(meeting.reportDue()).isEqualTo(meeting.date().plusDays(7));
            }
        }
        // The proposal JSON carries the calendar as it is.
        var json = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(ProposalJson.toJson(proposal, demo)).get("calendar");
        assertThat(json.get("sessions").size()).isEqualTo(calendar.sessions().size());
        var first = json.get("sessions").get(0);
        Session firstSession = calendar.sessions().getFirst();
        assertThat(first.get("id").asString()).isEqualTo(firstSession.id());
        assertThat(first.get("start").asString()).isEqualTo(firstSession.start().toString());
        assertThat(first.get("members").get(0).get("memberName").asString())
                .isEqualTo(demo.member(firstSession.members().getFirst()).name());
        assertThat(json.get("hoursBudgets").size()).isEqualTo(calendar.budgets().size());
        assertThat(json.get("violations").size()).isZero();
        // Every accompaniment pair meets for the hours of the needs it covers.
        assertThat(calendar.budgets()).allSatisfy(budget ->
                assertThat(budget.planned() + budget.unplaced()).isEqualTo(budget.covered()));
    }

    @Test
    void theProposalIsFeasibleAndTheSameInputGivesTheSameFiles() {
        assertThat(proposal.feasible()).as(proposal.allViolations().toString()).isTrue();
        Proposal again = PeerMatch.solve(demo);

        assertThat(ProposalJson.toJson(again, demo)).isEqualTo(ProposalJson.toJson(proposal, demo));
        assertThat(HtmlReport.toHtml(again, demo)).isEqualTo(HtmlReport.toHtml(proposal, demo));
    }

    @Test
    void theTimeLimitIsSharedBetweenTheModes() {
        SolverSettings settings = new SolverSettings(Duration.ofSeconds(30), null, null, 0);

        ModeBudget budget = ModeBudget.of(settings, 2);

        assertThat(budget.otherMode().timeLimit()).isEqualTo(Duration.ofSeconds(3));
        assertThat(budget.accompaniment().timeLimit()).isEqualTo(Duration.ofSeconds(24));
        assertThat(ModeBudget.of(settings, 0).accompaniment()).isEqualTo(settings);
        assertThat(ModeBudget.of(MOVES, 2)).isEqualTo(new ModeBudget(MOVES, MOVES));
        ModeBudget tight = ModeBudget.of(settings.withTimeLimit(Duration.ofSeconds(2)), 2);
        assertThat(tight.otherMode().timeLimit()).isEqualTo(Duration.ofMillis(500));
        assertThat(tight.accompaniment().timeLimit()).isEqualTo(Duration.ofSeconds(1));
    }

    private static boolean wholeDay(HalfDayCalendar calendar, Member member, ImmersionPairing pairing) {
        BitSet available = calendar.availableHalfDays(member);
        int halfDays = 0;
        for (int i = available.nextSetBit(0); i >= 0; i = available.nextSetBit(i + 1)) {
            if (calendar.dateOf(i).equals(pairing.day())) {
                halfDays++;
            }
        }
        return halfDays == demo.halfDays().size();
    }

    private static boolean available(HalfDayCalendar calendar, Member member, CodevelopmentSession session) {
        BitSet available = calendar.availableHalfDays(member);
        for (int i = available.nextSetBit(0); i >= 0; i = available.nextSetBit(i + 1)) {
            if (calendar.dateOf(i).equals(session.date()) && calendar.slotOf(i).id().equals(session.halfDay())) {
                return true;
            }
        }
        return false;
    }
}
