package org.peermatch.core.orientation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.peermatch.core.model.AccompanimentRules;
import org.peermatch.core.model.Application;
import org.peermatch.core.model.Applications;
import org.peermatch.core.model.Availability;
import org.peermatch.core.model.CalendarChanges;
import org.peermatch.core.model.CalendarRules;
import org.peermatch.core.model.CodevelopmentRules;
import org.peermatch.core.model.Competence;
import org.peermatch.core.model.Decisions;
import org.peermatch.core.model.ImmersionRules;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.OrientationDecision;
import org.peermatch.core.model.OrientationRules;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.model.WorkshopRules;
import org.peermatch.core.testing.Programmes;

/** Builds programmes with applicants for the orientation tests, by hand or generated from a seed. */
final class OrientationFixture {

    static final LocalDate START = LocalDate.of(2027, 1, 4);
    static final LocalDate END = LocalDate.of(2027, 12, 17);
    /** Topics: the first ones popular (workshop material), the last ones specific; plus a management topic. */
    static final List<String> TOPICS = List.of("pitch", "crowdfunding", "digital-communication", "pricing",
            "business-model", "export", "copyright", "team-management", "discover-the-trade");
    static final List<Mode> MODES = List.of(Mode.ACCOMPANIMENT, Mode.IMMERSION, Mode.CODEVELOPMENT, Mode.WORKSHOP);

    private OrientationFixture() {
    }

    static Member applicantMember(String id, Need... needs) {
        return new Member(id, "Applicant " + id, "org-" + id, List.of("music"), List.of(), List.of(needs), List.of(),
                Map.of(), Availability.ALWAYS, List.of(), List.of(), List.of());
    }

    static Member resource(String id, int hours, int participants, Competence... competences) {
        return new Member(id, "Resource " + id, "org-" + id, List.of("music"), List.of(), List.of(),
                List.of(competences), Map.of(Mode.ACCOMPANIMENT, new Offer(hours, participants)),
                Availability.ALWAYS, List.of(), List.of(), List.of(), 20, List.of(), List.of(), null);
    }

    static Member animator(String id, int sessions, int participants, Competence... competences) {
        return new Member(id, "Animator " + id, "org-" + id, List.of("music"), List.of(), List.of(),
                List.of(competences), Map.of(Mode.WORKSHOP, Offer.workshops(sessions, participants)),
                Availability.ALWAYS, List.of(), List.of(), List.of(), 20, List.of(), List.of(), null);
    }

    static Member mentor(String id, int days) {
        return new Member(id, "Mentor " + id, "org-" + id, List.of("music"), List.of(), List.of(), List.of(),
                Map.of(Mode.IMMERSION, Offer.days(days)), Availability.ALWAYS, List.of(), List.of(), List.of(), 30,
                List.of(), List.of(), null);
    }

    static Application application(String id, Mode... wishes) {
        return new Application(id, List.of(wishes), "", false, false, 0, null);
    }

    static Programme programme(List<Member> members, Applications applications, CodevelopmentRules codevelopment,
            WorkshopRules workshop, Map<String, Long> weights) {
        return new Programme("Orientation test", START, END, ZoneId.of("Europe/Paris"), Programmes.HALF_DAYS,
                AccompanimentRules.DEFAULT, ImmersionRules.DEFAULT, codevelopment, workshop, CalendarRules.DEFAULT,
                List.of(), List.of(), members, List.of(), Decisions.NONE, weights,
                new SolverSettings(null, null, 5_000L, 0L), CalendarChanges.NONE, applications);
    }

    /**
     * Generates an oversubscribed programme: {@code applicants} applicants with 1–4 needs and 1–3 ranked wishes,
     * resource persons, animators and mentors whose capacity serves about {@code capacity} applicants, a few
     * decided participants, priority groups, and a pinned and a forbidden orientation.
     */
    static Programme generate(long seed, int applicants, int capacity) {
        Random random = new Random(seed);
        List<Member> members = new ArrayList<>();
        List<Application> applications = new ArrayList<>();
        for (int i = 0; i < applicants; i++) {
            String id = "a" + i;
            int needCount = 1 + random.nextInt(4);
            List<Need> needs = new ArrayList<>();
            List<String> topics = new ArrayList<>(TOPICS);
            for (int n = 0; n < needCount; n++) {
                // Skewed popularity: low indexes more often.
                int index = Math.min(topics.size() - 1, (int) (Math.abs(random.nextGaussian()) * 3));
                needs.add(new Need(topics.remove(index), 1 + random.nextInt(3), 2 + random.nextInt(6)));
            }
            members.add(applicantMember(id, needs.toArray(Need[]::new)));
            List<Mode> wishes = new ArrayList<>(MODES);
            java.util.Collections.shuffle(wishes, random);
            applications.add(new Application(id, wishes.subList(0, 1 + random.nextInt(3)), "motivation " + i,
                    random.nextInt(3) == 0, random.nextInt(5) == 0, 1 + random.nextInt(20),
                    random.nextBoolean() ? "ariege" : "haute-garonne"));
        }
        // Capacity for about `capacity` applicants: each wishes about 2 modes, a mode serves ~a quarter of them.
        int resources = Math.max(1, capacity / 6);
        for (int r = 0; r < resources; r++) {
            members.add(resource("r" + r, 24, 4, new Competence(TOPICS.get(random.nextInt(TOPICS.size())), 4),
                    new Competence(TOPICS.get(random.nextInt(TOPICS.size())), 5)));
        }
        int animators = Math.max(1, capacity / 12);
        for (int w = 0; w < animators; w++) {
            members.add(animator("w" + w, 1, 8, new Competence(TOPICS.get(w % 4), 5)));
        }
        members.add(mentor("mentor", Math.max(1, capacity / 8)));
        Map<Mode, Integer> maxPerMode = new LinkedHashMap<>();
        maxPerMode.put(Mode.CODEVELOPMENT, Math.max(2, capacity / 4));
        OrientationRules rules = new OrientationRules(capacity, maxPerMode,
                Map.of("team-management", Map.of(Mode.CODEVELOPMENT, 3, Mode.WORKSHOP, 1)), true, 5,
                List.of("ariege"));
        List<OrientationDecision> decisions = List.of(
                new OrientationDecision("a0", applications.get(0).wishes().get(0), true, "committee"),
                new OrientationDecision("a1", applications.get(1).wishes().get(0), false, "committee"));
        return programme(members, new Applications(rules, applications, decisions), CodevelopmentRules.DEFAULT,
                WorkshopRules.DEFAULT, Map.of());
    }
}
