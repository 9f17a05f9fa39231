package org.peermatch.core.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The enrolment of one theme against every possible enrolment (each need in one of the theme's workshops or none):
 * it is valid (capacity, availability, never the animator) and seats the most essential needs, then the largest
 * priority weight possible.
 */
class ThemeEnrolmentTest {

    private static final WorkshopFrame FRAME = new WorkshopFrame(2, 3, 4, 10, false, false);

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void seatsTheMostEssentialNeedsThenTheLargestWeight(long seed) {
        Random random = new Random(seed);
        int needs = 1 + random.nextInt(7);
        int workshops = 1 + random.nextInt(3);
        List<Demand> demand = new ArrayList<>();
        for (int i = 0; i < needs; i++) {
            BitSet available = new BitSet();
            for (int h = 0; h < 4; h++) {
                if (random.nextInt(3) > 0) {
                    available.set(h);
                }
            }
            demand.add(new Demand(i, "p" + i, "P" + i, "pitch", 1 + random.nextInt(3), available));
        }
        demand.sort(java.util.Comparator.comparingInt(Demand::priority).thenComparingInt(Demand::participant));
        WorkshopTheme theme = new WorkshopTheme(0, "pitch", true, demand);
        List<PlannedWorkshop> planned = new ArrayList<>();
        for (int w = 0; w < workshops; w++) {
            // the animator is sometimes one of the participants, who must then never attend
            String animatorId = random.nextInt(3) == 0 ? "p" + random.nextInt(needs) : "a" + w;
            Animator animator = new Animator(w, WorkshopFixture.person(animatorId).build(), true, 1,
                    random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0, new BitSet());
            int number = random.nextInt(4);
            HalfDay halfDay = new HalfDay(number, WorkshopFixture.START, "AM", number, null, false);
            Lead lead = new Lead(animator, theme, 5);
            planned.add(new PlannedWorkshop(w + 1, FRAME, false, List.of(), List.of(lead), List.of(halfDay),
                    List.of(), lead, halfDay, null));
        }

        ThemeEnrolment enrolment = ThemeEnrolment.of(theme, planned);

        long essential = 0;
        long weight = 0;
        int seatedCount = 0;
        for (Seating seating : enrolment.seatings()) {
            assertThat(seating.size()).isLessThanOrEqualTo(seating.workshop().capacity());
            for (Demand attendee : seating.attendees()) {
                assertThat(attendee.availableOn(seating.workshop().halfDayNumber())).isTrue();
                assertThat(attendee.memberId()).isNotEqualTo(seating.workshop().animator().getId());
                essential += attendee.essential() ? 1 : 0;
                weight += attendee.weight();
                seatedCount++;
            }
        }
        assertThat(seatedCount + enrolment.unseated().size()).isEqualTo(needs);
        long[] best = best(demand, planned, 0, new int[workshops]);
        assertThat(new long[] {essential, weight}).containsExactly(best);
    }

    /** @return the best (essential seated, weight seated) over every enrolment of the needs from index on */
    private static long[] best(List<Demand> demand, List<PlannedWorkshop> planned, int index, int[] count) {
        if (index == demand.size()) {
            return new long[] {0, 0};
        }
        long[] best = best(demand, planned, index + 1, count);
        Demand need = demand.get(index);
        for (int w = 0; w < planned.size(); w++) {
            PlannedWorkshop workshop = planned.get(w);
            if (count[w] < workshop.capacity() && need.availableOn(workshop.halfDayNumber())
                    && !need.memberId().equals(workshop.animator().getId())) {
                count[w]++;
                long[] rest = best(demand, planned, index + 1, count);
                count[w]--;
                long[] value = {rest[0] + (need.essential() ? 1 : 0), rest[1] + need.weight()};
                if (value[0] > best[0] || value[0] == best[0] && value[1] > best[1]) {
                    best = value;
                }
            }
        }
        return best;
    }
}
