package org.peermatch.core.codevelopment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.peermatch.core.model.Member;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.HalfDayCalendar;

/** Checks a group's session plan against the programme records alone. */
final class SessionCheck {

    private SessionCheck() {
    }

    /**
     * Every member is client exactly once, in member order; dated sessions are in order, within the programme and
     * on a half-day every member is available.
     */
    static void check(Programme programme, CodevelopmentGroup group) {
        HalfDayCalendar calendar = new HalfDayCalendar(programme);
        List<String> clients = new ArrayList<>();
        java.time.LocalDate previous = null;
        int cps = programme.codevelopment().clientsPerSession();
        assertThat(group.sessions()).hasSize((group.members().size() + cps - 1) / cps);
        for (CodevelopmentSession session : group.sessions()) {
            clients.addAll(session.clients());
            assertThat(session.clients().size()).isBetween(1, cps);
            if (session.date() == null) {
                assertThat(session.halfDay()).isNull();
                continue;
            }
            assertThat(session.date()).isBetween(programme.start(), programme.end());
            if (previous != null) {
                assertThat(session.date()).isAfter(previous);
            }
            previous = session.date();
            int slot = -1;
            for (int s = 0; s < programme.halfDays().size(); s++) {
                if (programme.halfDays().get(s).id().equals(session.halfDay())) {
                    slot = s;
                }
            }
            assertThat(slot).as("slot %s", session.halfDay()).isNotNegative();
            int halfDay = (int) ChronoUnit.DAYS.between(programme.start(), session.date())
                    * programme.halfDays().size() + slot;
            for (String id : group.members()) {
                Member member = programme.member(id);
                assertThat(calendar.availableHalfDays(member).get(halfDay))
                        .as("%s available on %s %s", id, session.date(), session.halfDay()).isTrue();
            }
        }
        assertThat(clients).containsExactlyElementsOf(group.members());
    }
}
