package org.peermatch.core.orientation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.peermatch.core.model.Application;
import org.peermatch.core.model.Applications;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.OrientationDecision;
import org.peermatch.core.model.OrientationRules;
import org.peermatch.core.model.Programme;

/**
 * The pure functions of orientation, shared by the constraints (through {@link OrientationOption}), the construction,
 * the certifier and the explanations: how well a mode suits a topic, what a mode takes from its capacity, what each
 * mode can take, and which priority groups an applicant belongs to.
 *
 * <p><b>Default fit</b> (0 unsuited .. 3 best suited; the committee's table in {@code rules.orientation.fit}
 * overrides it topic by topic and mode by mode). The <i>demand</i> of a topic is how many members (participants
 * and applicants) need it. Workshop: 0 when no workshop animator masters the topic at the workshops' minimum level,
 * else 3 when at least {@code minAttendance} members need it (a topic many need), 2 when at least two, else 1.
 * Accompaniment: 0 when no resource person masters it at the accompaniment's minimum level, else 3 when fewer than
 * {@code minAttendance} members need it (a specific topic), else 2. Immersion: 0 without mentors, 3 for a topic
 * about discovering a trade (a word such as discover, trade, career, job, metier, profession), else 1.
 * Co-development: 3 for a management problem (a word such as management, team, leadership, governance, hr,
 * recruitment, conflict, organisation), else 1. A mode <i>suits</i> a need when its fit is {@value #SUITABLE} or 3.
 *
 * <p><b>Loads and capacities.</b> Accompaniment takes the hours of the member's needs some resource person masters,
 * out of the resource persons' hours; immersion one day out of the mentors' days; co-development one seat out of
 * {@code groups × maxSize} (unbounded when peer-match chooses the number of groups); workshops one seat per need
 * on a workshop topic (at least one), out of the animators' sessions times their seats ({@code count ×
 * maxAttendance} when the committee fixed the number of workshops). Members whose modes are decided
 * ({@code requests}) take their part first.
 *
 * <p>Built in O(M × (N + C)) for M members with N needs and C competences.
 */
public final class OrientationScoring {

    /** The lowest fit at which a mode suits a need. */
    public static final int SUITABLE = 2;
    /** The best fit. */
    public static final int BEST = 3;
    /** The modes an applicant may wish for, in the order capacities are listed. */
    public static final List<Mode> MODES = List.of(Mode.ACCOMPANIMENT, Mode.IMMERSION, Mode.CODEVELOPMENT,
            Mode.WORKSHOP);

    private static final Set<String> DISCOVERY_WORDS = Set.of("discover", "discovery", "discovering", "trade",
            "trades", "career", "careers", "job", "jobs", "metier", "metiers", "profession", "professions",
            "immersion", "shadowing");
    private static final Set<String> MANAGEMENT_WORDS = Set.of("management", "manager", "managing", "manage", "team",
            "teams", "leadership", "governance", "hr", "human", "recruitment", "recruiting", "conflict", "conflicts",
            "organisation", "organization", "organisational", "organizational", "staff");

    private final Programme programme;
    private final OrientationRules rules;
    private final Map<String, Integer> demand = new LinkedHashMap<>();
    private final Set<String> accompanimentTopics = new LinkedHashSet<>();
    private final Set<String> workshopTopics = new LinkedHashSet<>();
    private final boolean mentors;

    /** @param programme the programme, with its applications */
    public OrientationScoring(Programme programme) {
        this.programme = programme;
        this.rules = programme.applications().rules();
        Applications applications = programme.applications();
        boolean anyMentor = false;
        for (Member member : programme.members()) {
            boolean participant = !member.requests().isEmpty() || applications.of(member.id()) != null;
            if (participant) {
                Set<String> topics = new LinkedHashSet<>();
                for (Need need : member.needs()) {
                    topics.add(need.topic());
                }
                for (String topic : topics) {
                    demand.merge(topic, 1, Integer::sum);
                }
            }
            Offer accompaniment = member.offer(Mode.ACCOMPANIMENT);
            Offer workshop = member.offer(Mode.WORKSHOP);
            Offer immersion = member.offer(Mode.IMMERSION);
            anyMentor |= immersion != null && immersion.days() > 0;
            member.competences().forEach(competence -> {
                if (accompaniment != null && accompaniment.hours() > 0
                        && competence.level() >= programme.accompaniment().minimumLevel()) {
                    accompanimentTopics.add(competence.topic());
                }
                if (workshop != null && competence.level() >= programme.workshop().minimumLevel()) {
                    workshopTopics.add(competence.topic());
                }
            });
        }
        this.mentors = anyMentor;
    }

    /** @return how many members (participants and applicants) need the topic */
    public int demand(String topic) {
        return demand.getOrDefault(topic, 0);
    }

    /**
     * @param topic a need's topic
     * @param mode a mode
     * @return how well the mode suits the topic, 0 (unsuited) to 3 (best suited): the committee's table, else the
     *         defaults of the class comment
     */
    public int fit(String topic, Mode mode) {
        Map<Mode, Integer> committee = rules.fit().get(topic);
        if (committee != null && committee.containsKey(mode)) {
            return committee.get(mode);
        }
        return defaultFit(topic, mode);
    }

    /** @return whether the fit comes from the committee's table rather than the defaults */
    public boolean committeeFit(String topic, Mode mode) {
        Map<Mode, Integer> committee = rules.fit().get(topic);
        return committee != null && committee.containsKey(mode);
    }

    private int defaultFit(String topic, Mode mode) {
        int many = Math.max(2, programme.workshop().minAttendance());
        int wanted = demand(topic);
        return switch (mode) {
            case WORKSHOP -> !workshopTopics.contains(topic) ? 0 : wanted >= many ? 3 : wanted >= 2 ? 2 : 1;
            case ACCOMPANIMENT -> !accompanimentTopics.contains(topic) ? 0 : wanted < many ? 3 : 2;
            case IMMERSION -> !mentors ? 0 : hasWord(topic, DISCOVERY_WORDS) ? 3 : 1;
            case CODEVELOPMENT -> hasWord(topic, MANAGEMENT_WORDS) ? 3 : 1;
            case OTHER -> 0;
        };
    }

    private static boolean hasWord(String topic, Set<String> words) {
        for (String word : topic.toLowerCase(Locale.ROOT).split("[-_.]")) {
            if (words.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param needs a member's needs
     * @param mode a mode
     * @return what giving the mode to the member takes from its capacity (see the class comment)
     */
    public int load(List<Need> needs, Mode mode) {
        return switch (mode) {
            case ACCOMPANIMENT -> {
                int hours = 0;
                for (Need need : needs) {
                    if (fit(need.topic(), Mode.ACCOMPANIMENT) > 0) {
                        hours += need.hours();
                    }
                }
                yield hours;
            }
            case WORKSHOP -> {
                int seats = 0;
                for (Need need : needs) {
                    if (fit(need.topic(), Mode.WORKSHOP) > 0) {
                        seats++;
                    }
                }
                yield Math.max(1, seats);
            }
            case IMMERSION, CODEVELOPMENT -> 1;
            case OTHER -> 0;
        };
    }

    /**
     * @param mode a mode
     * @return the mode's whole capacity in units (see the class comment), {@link ModeCapacity#UNBOUNDED} when the
     *         programme sets no bound
     */
    public long totalCapacity(Mode mode) {
        long total = 0;
        switch (mode) {
            case ACCOMPANIMENT -> {
                for (Member member : programme.members()) {
                    Offer offer = member.offer(Mode.ACCOMPANIMENT);
                    total += offer == null ? 0 : offer.hours();
                }
            }
            case IMMERSION -> {
                for (Member member : programme.members()) {
                    Offer offer = member.offer(Mode.IMMERSION);
                    total += offer == null ? 0 : offer.days();
                }
            }
            case CODEVELOPMENT -> {
                int groups = programme.codevelopment().groups();
                total = groups == 0 ? ModeCapacity.UNBOUNDED : (long) groups * programme.codevelopment().maxSize();
            }
            case WORKSHOP -> {
                int max = programme.workshop().maxAttendance();
                if (programme.workshop().count() > 0) {
                    total = (long) programme.workshop().count() * max;
                } else {
                    for (Member member : programme.members()) {
                        Offer offer = member.offer(Mode.WORKSHOP);
                        if (offer != null) {
                            int seats = offer.participants() > 0 ? Math.min(offer.participants(), max) : max;
                            total += (long) Math.max(1, offer.sessions()) * seats;
                        }
                    }
                }
            }
            case OTHER -> total = 0;
        }
        return total;
    }

    /**
     * @return each mode's capacity left for applicants once the members whose modes are decided take their part,
     *         in the order of {@link #MODES}
     */
    public List<ModeCapacity> capacities() {
        List<ModeCapacity> capacities = new ArrayList<>();
        for (Mode mode : MODES) {
            long total = totalCapacity(mode);
            long used = 0;
            int decided = 0;
            for (Member member : programme.members()) {
                if (member.requests(mode)) {
                    used += load(member.needs(), mode);
                    decided++;
                }
            }
            Integer max = rules.maxPerMode().get(mode);
            long units = total >= ModeCapacity.UNBOUNDED ? ModeCapacity.UNBOUNDED : Math.max(0, total - used);
            long participants = max == null ? ModeCapacity.UNBOUNDED : Math.max(0, max - decided);
            capacities.add(new ModeCapacity(mode, units, participants, total));
        }
        return capacities;
    }

    /** @return the limit on admitted applicants */
    public BeneficiaryLimit limit() {
        return new BeneficiaryLimit(rules.maxBeneficiaries() == 0 ? ModeCapacity.UNBOUNDED
                : rules.maxBeneficiaries());
    }

    /** @return the applicants of the programme, in document order */
    public List<Applicant> applicants() {
        List<Applicant> applicants = new ArrayList<>();
        for (Application application : programme.applications().applications()) {
            Member member = programme.member(application.member());
            if (member == null) {
                continue;
            }
            List<Mode> pinned = new ArrayList<>();
            List<Mode> forbidden = new ArrayList<>();
            for (OrientationDecision decision : programme.applications().decisions()) {
                if (decision.member().equals(member.id())) {
                    (decision.pinned() ? pinned : forbidden).add(decision.mode());
                }
            }
            applicants.add(new Applicant(applicants.size(), member.id(), label(member), application,
                    member.needs(), groups(application), pinned, forbidden));
        }
        return applicants;
    }

    /** @return the priority groups the applicant belongs to, in the order of the rules */
    public List<String> groups(Application application) {
        List<String> groups = new ArrayList<>();
        if (rules.firstTimeApplicants() && application.firstTimeApplicant()) {
            groups.add("first-time-applicants");
        }
        if (rules.smallStructureStaff() > 0 && application.staff() > 0
                && application.staff() <= rules.smallStructureStaff()) {
            groups.add("small-structures");
        }
        if (application.territory() != null && rules.territories().contains(application.territory())) {
            groups.add("territory:" + application.territory());
        }
        return groups;
    }

    /**
     * @param applicant an applicant
     * @param modes the modes given, in any order
     * @return the option giving them those modes, with everything the constraints weigh
     */
    public OrientationOption option(Applicant applicant, List<Mode> modes) {
        List<Mode> wishes = applicant.application().wishes();
        List<Mode> ordered = new ArrayList<>();
        for (Mode wish : wishes) {
            if (modes.contains(wish)) {
                ordered.add(wish);
            }
        }
        List<Mode> notWished = new ArrayList<>();
        for (Mode mode : modes) {
            if (!wishes.contains(mode) && !ordered.contains(mode)) {
                ordered.add(mode);
                notWished.add(mode);
            }
        }
        List<ModeLoad> loads = new ArrayList<>();
        int rankCost = 0;
        List<Mode> forbidden = new ArrayList<>();
        for (Mode mode : ordered) {
            loads.add(new ModeLoad(mode, load(applicant.needs(), mode)));
            rankCost += Math.max(0, applicant.application().rank(mode) - 1);
            if (applicant.forbidden().contains(mode)) {
                forbidden.add(mode);
            }
        }
        int served = 0;
        int unserved = 0;
        int fitReward = 0;
        Map<Mode, Boolean> best = new EnumMap<>(Mode.class);
        for (Need need : applicant.needs()) {
            int bestFit = 0;
            for (Mode mode : ordered) {
                bestFit = Math.max(bestFit, fit(need.topic(), mode));
            }
            if (bestFit >= SUITABLE) {
                served += need.priorityWeight();
                fitReward += need.priorityWeight() * bestFit;
                for (Mode mode : ordered) {
                    if (fit(need.topic(), mode) == bestFit) {
                        best.put(mode, true);
                    }
                }
            } else {
                unserved += need.priorityWeight();
            }
        }
        List<Mode> useless = new ArrayList<>();
        for (Mode mode : ordered) {
            if (!best.containsKey(mode)) {
                useless.add(mode);
            }
        }
        return new OrientationOption(applicant.id(), ordered, loads, served, unserved, fitReward, rankCost,
                notWished, forbidden, useless);
    }

    /**
     * @param applicant an applicant
     * @return every non-empty subset of their wishes without a mode the committee forbade and with every mode it
     *         pinned, fewest modes first (at most 15 for 4 wishes)
     */
    public List<OrientationOption> options(Applicant applicant) {
        List<Mode> wishes = new ArrayList<>(applicant.application().wishes());
        wishes.removeAll(applicant.forbidden());
        List<List<Mode>> subsets = new ArrayList<>();
        for (int mask = 1; mask < (1 << wishes.size()); mask++) {
            List<Mode> subset = new ArrayList<>();
            for (int i = 0; i < wishes.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    subset.add(wishes.get(i));
                }
            }
            if (subset.containsAll(applicant.pinned())) {
                subsets.add(subset);
            }
        }
        subsets.sort((a, b) -> Integer.compare(a.size(), b.size()));
        List<OrientationOption> options = new ArrayList<>();
        for (List<Mode> subset : subsets) {
            options.add(option(applicant, subset));
        }
        return options;
    }

    /** @return "Name (id)" */
    static String label(Member member) {
        return member.name() + " (" + member.id() + ")";
    }
}
