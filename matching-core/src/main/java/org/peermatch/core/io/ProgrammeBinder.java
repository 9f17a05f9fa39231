package org.peermatch.core.io;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.peermatch.core.model.AccompanimentRules;
import org.peermatch.core.model.Application;
import org.peermatch.core.model.Applications;
import org.peermatch.core.model.CalendarChanges;
import org.peermatch.core.model.CalendarRules;
import org.peermatch.core.model.ClosedPeriod;
import org.peermatch.core.model.Coordinator;
import org.peermatch.core.model.CodevelopmentRules;
import org.peermatch.core.model.Decisions;
import org.peermatch.core.model.HalfDaySlot;
import org.peermatch.core.model.ImmersionRules;
import org.peermatch.core.model.Interaction;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.OrientationDecision;
import org.peermatch.core.model.OrientationRules;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.Room;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.model.WorkshopRules;

/**
 * Turns a located tree into a {@link Programme}, applying the documented defaults and collecting every problem
 * instead of stopping at the first.
 */
final class ProgrammeBinder {

    /** The time zone when the document gives none. */
    static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Europe/Paris");
    /** The half-days when the document gives none: AM 09:00–12:30 and PM 14:00–17:30. */
    static final List<HalfDaySlot> DEFAULT_HALF_DAYS = List.of(
            new HalfDaySlot("AM", LocalTime.of(9, 0), LocalTime.of(12, 30)),
            new HalfDaySlot("PM", LocalTime.of(14, 0), LocalTime.of(17, 30)));
    /** A programme lasts at most this many years. */
    static final int MAX_YEARS = 3;
    /** Most resource persons a participant may meet: slots are planning entities, each costs search time. */
    static final int MAX_RESOURCE_PERSONS = 20;
    /** Most days of a month, for the most half-days a month can hold. */
    static final int DAYS_IN_LONGEST_MONTH = 31;
    /** The longest novelty half-life: a century. */
    static final int MAX_HALF_LIFE_MONTHS = 1200;
    /** The largest weight of a constraint. */
    static final long MAX_WEIGHT = 1_000_000;

    private static final List<String> ROOT_FIELDS =
            List.of("programme", "rules", "members", "rooms", "history", "decisions", "weights", "solver", "calendar");
    private static final List<String> PROGRAMME_FIELDS =
            List.of("name", "start", "end", "timeZone", "language", "halfDays", "closed", "coordinator");
    private static final List<String> COORDINATOR_FIELDS = List.of("name", "email");
    private static final List<String> HALF_DAY_FIELDS = List.of("id", "start", "end");
    private static final List<String> RULES_FIELDS =
            List.of("accompaniment", "immersion", "codevelopment", "workshop", "calendar", "orientation");
    private static final List<String> IMMERSION_FIELDS = List.of("sameSector", "reportDueDays");
    private static final List<String> CODEVELOPMENT_FIELDS =
            List.of("minSize", "maxSize", "clientsPerSession", "groups");
    private static final Map<String, Boolean> SAME_SECTOR =
            new java.util.TreeMap<>(Map.of("required", true, "preferred", false));
    private static final Map<String, String> LANGUAGES = new java.util.TreeMap<>(Map.of("en", "en", "fr", "fr"));
    private static final List<String> ACCOMPANIMENT_FIELDS =
            List.of("minimumLevel", "maxResourcePersons", "minCommonHalfDaysPerMonth", "noveltyHalfLifeMonths",
                    "priorityWeights");
    private static final List<String> SOLVER_FIELDS =
            List.of("timeLimit", "unimprovedTimeLimit", "moveCountLimit", "seed");

    private final Problems problems;
    private String name;
    private LocalDate start;
    private LocalDate end;
    private ZoneId timeZone = DEFAULT_TIME_ZONE;
    private String language;
    private Coordinator coordinator;
    private List<HalfDaySlot> halfDays = DEFAULT_HALF_DAYS;
    private boolean halfDaysClean = true;
    private Node closedNode;

    private ProgrammeBinder(Problems problems) {
        this.problems = problems;
    }

    /**
     * @param root the document
     * @param problems where to report
     * @return the programme, or null when any problem was found (before or during binding)
     */
    static Programme bind(Node root, Problems problems) {
        return new ProgrammeBinder(problems).run(root);
    }

    private Programme run(Node root) {
        Fields fields = Fields.of(root, problems, "a programme document", ROOT_FIELDS);
        if (fields == null) {
            return null;
        }
        Node programmeNode = fields.required("programme",
                "{\"name\": \"PEER CULTURE 2027\", \"start\": \"2027-01-11\", \"end\": \"2027-12-17\"}");
        if (programmeNode != null) {
            programme(programmeNode);
        }
        CalendarBinder calendarBinder = new CalendarBinder(problems, start, end);
        List<ClosedPeriod> closed = calendarBinder.closed(closedNode);
        if (start != null && end != null && !end.isBefore(start) && !closed.isEmpty()
                && !OpenDays.anyOpen(start, end, closed)) {
            problems.add(closedNode, problems.t("io.programme.allClosed", start.toString(), end.toString()),
                    problems.t("io.programme.allClosed.advice"));
        }
        Node rulesNode = fields.get("rules");
        Fields rulesFields = rulesNode == null ? null : Fields.of(rulesNode, problems, "the rules", RULES_FIELDS);
        AccompanimentRules rules = rules(rulesFields == null ? null : rulesFields.get("accompaniment"));
        ImmersionRules immersion = immersionRules(rulesFields == null ? null : rulesFields.get("immersion"));
        CodevelopmentRules codevelopment =
                codevelopmentRules(rulesFields == null ? null : rulesFields.get("codevelopment"));
        AvailabilityBinder weekly = new AvailabilityBinder(problems, start, end, halfDaysClean ? slotIds() : null);
        WorkshopRules workshop = calendarBinder.workshopRules(rulesFields == null ? null
                : rulesFields.get("workshop"), weekly);
        CalendarRules calendar = calendarBinder.calendarRules(rulesFields == null ? null
                : rulesFields.get("calendar"));
        List<Room> rooms = calendarBinder.rooms(fields.get("rooms"));
        Node membersNode = fields.required("members", "[{\"id\": \"m01\", \"name\": …}]");
        MemberIndex index = MemberIndex.scan(membersNode, problems);
        Map<String, MemberBinder.Bound> bound = members(membersNode, index, closed);
        List<Member> members = new ArrayList<>();
        for (MemberBinder.Bound member : bound.values()) {
            members.add(member.member());
        }
        DecisionsBinder decisionsBinder = new DecisionsBinder(problems, index, bound, rules.minimumLevel());
        List<Interaction> history = decisionsBinder.history(fields.get("history"), end);
        Decisions decisions = decisionsBinder.decisions(fields.get("decisions"));
        Map<String, Long> weights = weights(fields.get("weights"));
        SolverSettings solver = solver(fields.get("solver"));
        CalendarChanges changes = calendarBinder.changes(fields.get("calendar"), index, halfDays,
                calendar.meetingHours());
        Applications applications = applications(rulesFields, fields.get("decisions"), index, bound);
        if (problems.any()) {
            return null;
        }
        return new Programme(name, start, end, timeZone, halfDays, rules, immersion, codevelopment, workshop, calendar,
                closed, rooms, members, history, decisions, weights, solver, changes, language,
                applications, coordinator);
    }

    /** @return the members' applications, the orientation rules and the committee's orientation decisions */
    private Applications applications(Fields rulesFields, Node decisionsNode, MemberIndex index,
            Map<String, MemberBinder.Bound> bound) {
        ApplicationBinder binder = new ApplicationBinder(problems);
        TreeSet<String> needTopics = new TreeSet<>();
        for (MemberBinder.Bound member : bound.values()) {
            member.member().needs().forEach(need -> needTopics.add(need.topic()));
        }
        OrientationRules orientation = binder.rules(rulesFields == null ? null : rulesFields.get("orientation"),
                List.copyOf(needTopics));
        Map<String, Application> applications = new LinkedHashMap<>();
        for (MemberBinder.Bound member : bound.values()) {
            if (member.application() != null) {
                applications.put(member.application().member(), member.application());
            }
        }
        List<OrientationDecision> decisions = binder.decisions(decisionsNode, index, applications);
        return applications.isEmpty() && decisions.isEmpty() ? Applications.NONE
                : new Applications(orientation, List.copyOf(applications.values()), decisions);
    }

    private void programme(Node node) {
        Fields fields = Fields.of(node, problems, "the programme", PROGRAMME_FIELDS);
        if (fields == null) {
            return;
        }
        closedNode = fields.get("closed");
        Node nameNode = fields.required("name", "\"PEER CULTURE 2027\"");
        name = nameNode == null ? null : Values.nonBlank(nameNode, problems, "name");
        Node startNode = fields.required("start", "\"2027-01-11\"");
        start = startNode == null ? null : Values.date(startNode, problems);
        Node endNode = fields.required("end", "\"2027-12-17\"");
        end = endNode == null ? null : Values.date(endNode, problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(endNode, problems.t("io.programme.endsBefore", end.toString(), start.toString()),
                    problems.t("io.programme.endsBefore.advice"));
        } else if (start != null && end != null && end.isAfter(start.plusYears(MAX_YEARS))) {
            problems.add(endNode, problems.t("io.programme.tooLong", MAX_YEARS, start.toString(), end.toString()),
                    problems.t("io.programme.tooLong.advice", MAX_YEARS));
        }
        Node zoneNode = fields.get("timeZone");
        if (zoneNode != null) {
            ZoneId zone = Values.zone(zoneNode, problems);
            timeZone = zone == null ? DEFAULT_TIME_ZONE : zone;
        }
        Node languageNode = fields.get("language");
        if (languageNode != null) {
            language = Values.choice(languageNode, problems, "language", LANGUAGES);
        }
        Node coordinatorNode = fields.get("coordinator");
        if (coordinatorNode != null) {
            coordinator = coordinator(coordinatorNode);
        }
        Node halfDaysNode = fields.get("halfDays");
        if (halfDaysNode != null) {
            int before = problems.count();
            halfDays = halfDays(halfDaysNode);
            halfDaysClean = problems.count() == before;
        }
    }

    /** @return the programme's coordinator: an e-mail address (required) and a name, or null when wrong (reported) */
    private Coordinator coordinator(Node node) {
        Fields fields = Fields.of(node, problems, "the coordinator", COORDINATOR_FIELDS);
        if (fields == null) {
            return null;
        }
        int before = problems.count();
        Node nameNode = fields.get("name");
        String coordinatorName = nameNode == null ? null : Values.nonBlank(nameNode, problems, "name");
        Node emailNode = fields.required("email", "\"coordination@example.org\"");
        String email = emailNode == null ? null : Values.text(emailNode, problems);
        if (email != null && !MemberBinder.plausibleEmail(email)) {
            problems.add(emailNode, problems.t("io.programme.coordinatorEmail", Texts.shorten(email)),
                    problems.t("io.programme.coordinatorEmail.advice"));
        }
        return problems.count() == before && email != null ? new Coordinator(coordinatorName, email) : null;
    }

    private List<HalfDaySlot> halfDays(Node node) {
        List<Node> items = Values.list(node, problems, "half-days like {\"id\": \"AM\", …}");
        List<HalfDaySlot> slots = new ArrayList<>();
        if (items == null) {
            return slots;
        }
        if (items.isEmpty()) {
            problems.add(node, problems.t("io.programme.noHalfDay"), problems.t("io.programme.noHalfDay.advice",
                    "{\"id\": \"AM\", \"start\": \"09:00\", \"end\": \"12:30\"}"));
        }
        Map<String, Node> ids = new LinkedHashMap<>();
        for (Node item : items) {
            Fields fields = Fields.of(item, problems, "a half-day", HALF_DAY_FIELDS);
            if (fields == null) {
                continue;
            }
            Node idNode = fields.required("id", "\"AM\"");
            String id = idNode == null ? null : Values.id(idNode, problems, "half-day id");
            if (id != null && ids.containsKey(id)) {
                problems.add(idNode, problems.t("io.programme.halfDayTwice", id,
                        problems.position(ids.get(id).offset())), problems.t("io.programme.halfDayTwice.advice"));
                id = null;
            } else if (id != null) {
                ids.put(id, idNode);
            }
            Node startNode = fields.required("start", "\"09:00\"");
            LocalTime from = startNode == null ? null : Values.time(startNode, problems);
            Node endNode = fields.required("end", "\"12:30\"");
            LocalTime to = endNode == null ? null : Values.time(endNode, problems);
            if (from != null && to != null && !from.isBefore(to)) {
                problems.add(endNode, problems.t("io.programme.halfDayEnds", to.toString(), from.toString()),
                        problems.t("io.programme.halfDayEnds.advice"));
            } else if (id != null && from != null && to != null) {
                HalfDaySlot slot = new HalfDaySlot(id, from, to);
                HalfDaySlot overlapped = slots.stream()
                        .filter(other -> other.start().isBefore(to) && from.isBefore(other.end())).findFirst()
                        .orElse(null);
                if (overlapped != null) {
                    problems.add(startNode, problems.t("io.programme.halfDayOverlaps", id, from.toString(),
                            to.toString(), overlapped.id(), overlapped.start().toString(), overlapped.end().toString()),
                            problems.t("io.programme.halfDayOverlaps.advice", overlapped.end().toString()));
                } else {
                    slots.add(slot);
                }
            }
        }
        return slots;
    }

    private AccompanimentRules rules(Node accompanimentNode) {
        AccompanimentRules defaults = AccompanimentRules.DEFAULT;
        if (accompanimentNode == null) {
            return defaults;
        }
        Fields rules = Fields.of(accompanimentNode, problems, "the accompaniment rules", ACCOMPANIMENT_FIELDS);
        if (rules == null) {
            return defaults;
        }
        int minimumLevel = rule(rules, "minimumLevel", defaults.minimumLevel(), 1, 5,
                problems.t("io.programme.minimumLevel.advice"));
        int maxResourcePersons = rule(rules, "maxResourcePersons", defaults.maxResourcePersons(), 1,
                MAX_RESOURCE_PERSONS, problems.t("io.programme.maxResourcePersons.advice",
                        String.valueOf(MAX_RESOURCE_PERSONS)));
        int halfDaysPerMonth = DAYS_IN_LONGEST_MONTH * Math.max(1, halfDays.size());
        int minCommon = rule(rules, "minCommonHalfDaysPerMonth", defaults.minCommonHalfDaysPerMonth(), 0,
                halfDaysPerMonth, problems.t("io.programme.minCommon.advice", String.valueOf(halfDaysPerMonth),
                        String.valueOf(DAYS_IN_LONGEST_MONTH), String.valueOf(halfDays.size())));
        int halfLife = rule(rules, "noveltyHalfLifeMonths", defaults.noveltyHalfLifeMonths(), 1,
                MAX_HALF_LIFE_MONTHS, problems.t("io.programme.halfLife.advice", String.valueOf(MAX_HALF_LIFE_MONTHS)));
        return new AccompanimentRules(minimumLevel, maxResourcePersons, minCommon, halfLife,
                priorityWeights(rules.get("priorityWeights")));
    }

    /** @return the three weights of priorities 1, 2 and 3, or empty (the lexicographic default) when absent or wrong */
    private List<Integer> priorityWeights(Node node) {
        if (node == null) {
            return List.of();
        }
        List<Node> items = Values.list(node, problems, "weights");
        if (items == null) {
            return List.of();
        }
        if (items.size() != 3) {
            problems.add(node, problems.t("io.programme.priorityWeights", String.valueOf(items.size())),
                    problems.t("io.programme.priorityWeights.advice"));
            return List.of();
        }
        List<Integer> weights = new ArrayList<>();
        for (Node item : items) {
            Integer weight = Values.integer(item, problems, "weight", 1, 1_000_000,
                    problems.t("io.programme.priorityWeight.advice"));
            if (weight == null) {
                return List.of();
            }
            weights.add(weight);
        }
        for (int i = 1; i < weights.size(); i++) {
            if (weights.get(i) > weights.get(i - 1)) {
                problems.add(items.get(i), problems.t("io.programme.priorityOrder", String.valueOf(i + 1),
                        String.valueOf(weights.get(i)), String.valueOf(i), String.valueOf(weights.get(i - 1))),
                        problems.t("io.programme.priorityOrder.advice"));
                return List.of();
            }
        }
        return List.copyOf(weights);
    }

    private ImmersionRules immersionRules(Node node) {
        ImmersionRules defaults = ImmersionRules.DEFAULT;
        Fields rules = node == null ? null : Fields.of(node, problems, "the immersion rules", IMMERSION_FIELDS);
        if (rules == null) {
            return defaults;
        }
        Node sameSectorNode = rules.get("sameSector");
        Boolean sameSector = sameSectorNode == null ? Boolean.valueOf(defaults.sameSectorRequired())
                : Values.choice(sameSectorNode, problems, "same-sector rule", SAME_SECTOR);
        int reportDue = rule(rules, "reportDueDays", defaults.reportDueDays(), 0, 365,
                problems.t("io.programme.immersionReport.advice"));
        return new ImmersionRules(sameSector == null ? defaults.sameSectorRequired() : sameSector, reportDue);
    }

    private CodevelopmentRules codevelopmentRules(Node node) {
        CodevelopmentRules defaults = CodevelopmentRules.DEFAULT;
        Fields rules = node == null ? null
                : Fields.of(node, problems, "the co-development rules", CODEVELOPMENT_FIELDS);
        if (rules == null) {
            return defaults;
        }
        int minSize = rule(rules, "minSize", defaults.minSize(), 2, 30,
                problems.t("io.programme.minSize.advice"));
        int maxSize = rule(rules, "maxSize", Math.max(minSize, defaults.maxSize()), 2, 30,
                problems.t("io.programme.maxSize.advice"));
        if (maxSize < minSize) {
            problems.add(rules.get("maxSize"), problems.t("io.programme.sizeBackwards", String.valueOf(maxSize),
                    String.valueOf(minSize)), problems.t("io.programme.sizeBackwards.advice", String.valueOf(minSize)));
            maxSize = minSize;
        }
        int clients = rule(rules, "clientsPerSession", defaults.clientsPerSession(), 1, 2,
                problems.t("io.programme.clients.advice"));
        int groups = rule(rules, "groups", defaults.groups(), 0, 1000,
                problems.t("io.programme.groups.advice"));
        return new CodevelopmentRules(minSize, maxSize, clients, groups);
    }

    private int rule(Fields fields, String key, int defaultValue, int min, int max, String advice) {
        return Values.optionalInteger(fields, key, defaultValue, min, max, problems, advice);
    }

    private Map<String, MemberBinder.Bound> members(Node node, MemberIndex index, List<ClosedPeriod> closed) {
        Map<String, MemberBinder.Bound> members = new LinkedHashMap<>();
        if (node == null) {
            return members;
        }
        List<Node> items = Values.list(node, problems, "members");
        if (items == null) {
            return members;
        }
        if (items.isEmpty()) {
            problems.add(node, problems.t("io.programme.noMember"), problems.t("io.programme.noMember.advice",
                    "{\"id\": \"m01\", \"name\": …, \"organization\": …}"));
        }
        AvailabilityBinder availability =
                new AvailabilityBinder(problems, start, end, halfDaysClean ? slotIds() : null);
        MemberBinder binder = new MemberBinder(problems, index, availability, start, end, closed);
        for (int i = 0; i < items.size(); i++) {
            MemberBinder.Bound member = binder.bind(items.get(i));
            if (member != null) {
                String key = member.member().id() == null ? "#" + i : member.member().id();
                members.putIfAbsent(key, member);
            }
        }
        return members;
    }

    private List<String> slotIds() {
        List<String> ids = new ArrayList<>();
        for (HalfDaySlot slot : halfDays) {
            ids.add(slot.id());
        }
        return ids;
    }

    private Map<String, Long> weights(Node node) {
        Map<String, Long> weights = new LinkedHashMap<>();
        if (node == null) {
            return weights;
        }
        if (!(node instanceof Node.Obj object)) {
            Values.wrongType(node, problems, "an object of weights by constraint id, like {\"same-sector\": 60}");
            return weights;
        }
        List<String> known = ConstraintIds.all();
        for (Node.Entry entry : object.entries().values()) {
            Long weight = Values.longInteger(entry.value(), problems, "the weight", 0, MAX_WEIGHT,
                    problems.t("io.programme.weight.advice", String.valueOf(MAX_WEIGHT)));
            if (!known.contains(entry.key())) {
                problems.add(entry.keyOffset(), Texts.child(object.path(), entry.key()),
                        problems.t("io.weights.unknown", Texts.shorten(entry.key())),
                        DidYouMean.advice(problems.messages(), entry.key(), known, problems.t("io.weights.listIntro")));
            } else if (weight != null) {
                weights.put(entry.key(), weight);
            }
        }
        return weights;
    }

    private SolverSettings solver(Node node) {
        SolverSettings settings = SolverSettings.DEFAULT;
        if (node == null) {
            return settings;
        }
        Fields fields = Fields.of(node, problems, "the solver settings", SOLVER_FIELDS);
        if (fields == null) {
            return settings;
        }
        Node timeLimit = fields.get("timeLimit");
        if (timeLimit != null) {
            Duration value = Values.duration(timeLimit, problems);
            settings = value == null ? settings : settings.withTimeLimit(value);
        }
        Node unimproved = fields.get("unimprovedTimeLimit");
        if (unimproved != null) {
            Duration value = Values.duration(unimproved, problems);
            settings = value == null ? settings : settings.withUnimprovedTimeLimit(value);
        }
        Node moveCount = fields.get("moveCountLimit");
        if (moveCount != null) {
            Long value = Values.longInteger(moveCount, problems, "moveCountLimit", 1, Long.MAX_VALUE,
                    problems.t("io.programme.moveCount.advice"));
            settings = value == null ? settings : settings.withMoveCountLimit(value);
        }
        Node seed = fields.get("seed");
        if (seed != null) {
            Long value = Values.longInteger(seed, problems, "seed", Long.MIN_VALUE, Long.MAX_VALUE,
                    problems.t("io.programme.seed.advice"));
            settings = value == null ? settings : settings.withSeed(value);
        }
        return settings;
    }
}
