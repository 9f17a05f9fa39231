package org.peermatch.core.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peermatch.core.model.Application;
import org.peermatch.core.model.Availability;
import org.peermatch.core.model.ClosedPeriod;
import org.peermatch.core.model.Competence;
import org.peermatch.core.model.Location;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Offer;

/** Binds one member object, checking every field and every reference to another member. */
final class MemberBinder {

    /**
     * A bound member.
     *
     * @param member the member, with defaults where fields were broken
     * @param clean whether binding it found no problem (checks that depend on it are skipped otherwise)
     * @param application their application when they give wishes, else null
     */
    record Bound(Member member, boolean clean, Application application) {

        Bound(Member member, boolean clean) {
            this(member, clean, null);
        }
    }

    private static final List<String> FIELDS = List.of("id", "name", "organization", "sectors", "requests", "needs",
            "competences", "offers", "availability", "conflicts", "continuity", "preferences", "experienceYears",
            "tags", "objectives", "location", "email", "wishes", "motivation", "eligibility");
    private static final List<String> NEED_FIELDS = List.of("topic", "priority", "hours");
    private static final List<String> COMPETENCE_FIELDS = List.of("topic", "level");
    private static final List<String> OFFER_FIELDS = List.of("hours", "participants", "days", "sessions");
    private static final List<String> LOCATION_FIELDS = List.of("latitude", "longitude");
    /** Most years of experience a member can declare. */
    static final int MAX_EXPERIENCE_YEARS = 70;

    private final Problems problems;
    private final MemberIndex index;
    private final AvailabilityBinder availability;
    private final LocalDate start;
    private final LocalDate end;
    private final List<ClosedPeriod> closed;

    /**
     * @param start the programme's first day, or null when broken (then availability is not compared with it)
     * @param end the programme's last day, or null when broken
     * @param closed the programme's closed periods
     */
    MemberBinder(Problems problems, MemberIndex index, AvailabilityBinder availability, LocalDate start,
            LocalDate end, List<ClosedPeriod> closed) {
        this.problems = problems;
        this.index = index;
        this.availability = availability;
        this.start = start;
        this.end = end;
        this.closed = closed;
    }

    /** @return the member, or null when the node is not an object */
    Bound bind(Node node) {
        int before = problems.count();
        Fields fields = Fields.of(node, problems, "a member", FIELDS);
        if (fields == null) {
            return null;
        }
        Node idNode = fields.required("id", "\"m01\"");
        String id = idNode == null ? null : Values.id(idNode, problems, "member id");
        Node nameNode = fields.required("name", "\"Camille Martin\"");
        String name = nameNode == null ? null : Values.nonBlank(nameNode, problems, "name");
        Node organizationNode = fields.required("organization", "\"Le Bikini\"");
        String organization = organizationNode == null ? null
                : Values.nonBlank(organizationNode, problems, "organization");
        List<String> sectors = sectors(fields.get("sectors"));
        Node requestsNode = fields.get("requests");
        List<Mode> requests = requests(requestsNode);
        Node needsNode = fields.get("needs");
        int beforeNeeds = problems.count();
        List<Need> needs = needs(needsNode, id);
        boolean needsClean = problems.count() == beforeNeeds;
        List<Competence> competences = competences(fields.get("competences"), id);
        Map<Mode, Offer> offers = offers(fields.get("offers"));
        int beforeAvailability = problems.count();
        Availability available = availability.bind(fields.get("availability"));
        boolean availabilityClean = problems.count() == beforeAvailability;
        List<String> conflicts = references(fields.get("conflicts"), id, "conflicts");
        List<String> continuity = references(fields.get("continuity"), id, "continuity");
        List<String> preferences = references(fields.get("preferences"), id, "preferences");
        Node experienceNode = fields.get("experienceYears");
        Integer experience = experienceNode == null ? null : Values.integer(experienceNode, problems,
                "experienceYears", 0, MAX_EXPERIENCE_YEARS,
                problems.t("io.members.experience.advice", String.valueOf(MAX_EXPERIENCE_YEARS)));
        List<String> tags = tags(fields.get("tags"), "tag");
        List<String> objectives = tags(fields.get("objectives"), "objective");
        Location location = location(fields.get("location"));
        String email = email(fields.get("email"), id);
        Application application = new ApplicationBinder(problems).member(fields, id,
                thisMember(id), requests);
        if (requests.contains(Mode.ACCOMPANIMENT) && needs.isEmpty() && needsClean) {
            Node at = requestItem(requestsNode, Mode.ACCOMPANIMENT);
            problems.add(at, problems.t("io.members.noNeeds", thisMember(id)),
                    problems.t("io.members.noNeeds.advice",
                            "\"needs\": [{\"topic\": \"business-model\", \"priority\": 1, \"hours\": 6}]"));
        }
        if (experienceNode == null && offers.containsKey(Mode.IMMERSION)) {
            problems.add(fields.get("offers"), problems.t("io.members.noExperience", thisMember(id)),
                    problems.t("io.members.noExperience.advice"));
        }
        List<Mode> wishes = application == null ? List.of() : application.wishes();
        if (!objectives.isEmpty() && !requests.contains(Mode.IMMERSION) && !wishes.contains(Mode.IMMERSION)) {
            problems.add(fields.get("objectives"), problems.t("io.members.objectivesWithoutImmersion",
                    thisMember(id)), problems.t("io.members.objectivesWithoutImmersion.advice"));
        }
        if (availabilityClean && (!requests.isEmpty() || !offers.isEmpty() || !wishes.isEmpty())) {
            neverAvailable(fields, node, id, requests, wishes, offers, available);
        }
        Member member = new Member(id, name, organization, sectors, requests, needs, competences, offers, available,
                conflicts, continuity, preferences, experience == null ? 0 : experience, tags, objectives,
                location, email);
        return new Bound(member, problems.count() == before, application);
    }

    /** Reports a member who takes part in a mode but can never meet during the programme. */
    private void neverAvailable(Fields fields, Node node, String id, List<Mode> requests, List<Mode> wishes,
            Map<Mode, Offer> offers, Availability available) {
        // A programme closed on every weekday is reported once, on its closed periods.
        if (start == null || end == null || end.isBefore(start)
                || !OpenDays.anyOpen(start, end, closed)
                || OpenDays.first(start, end, closed, available) != null) {
            return;
        }
        Node at = fields.get("availability") != null ? fields.get("availability") : node;
        List<String> modes = new ArrayList<>();
        for (Mode mode : requests) {
            modes.add(problems.t("io.members.requestsMode", mode.jsonName()));
        }
        for (Mode mode : wishes) {
            modes.add(problems.t("io.members.wishesMode", mode.jsonName()));
        }
        for (Mode mode : offers.keySet()) {
            modes.add(problems.t("io.members.offersMode", mode.jsonName()));
        }
        problems.add(at, problems.t("io.members.neverAvailable", thisMember(id), String.join(", ", modes),
                String.valueOf(start), String.valueOf(end)), problems.t("io.members.neverAvailable.advice"));
    }

    /** @return e.g. "Ana Costa (m12)", or "this member" when the id is unknown, in the problems' language */
    private String thisMember(String id) {
        return id == null ? problems.t("io.members.this") : index.label(id);
    }

    private List<String> sectors(Node node) {
        return kebabList(node, "sector ids", "sector id", "sector");
    }

    private List<String> tags(Node node, String what) {
        return kebabList(node, what + "s", what, what);
    }

    /** Reads a list of kebab-case ids (sectors, tags), reporting a wrong one or one listed twice. */
    private List<String> kebabList(Node node, String itemsLabel, String label, String what) {
        List<String> values = new ArrayList<>();
        for (Node item : items(node, itemsLabel)) {
            String value = Values.kebab(item, problems, label);
            if (value != null && !duplicate(values, value, item, what)) {
                values.add(value);
            }
        }
        return values;
    }

    /** A plausible address: one {@code @}, a dot in the domain, no space, quote, bracket or separator. */
    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[^\\s@<>()\\[\\],;:\"\\\\]+@[^\\s@<>()\\[\\],;:\"\\\\.]+"
                    + "(\\.[^\\s@<>()\\[\\],;:\"\\\\.]+)+");
    private static final int MAX_EMAIL_LENGTH = 254;

    /** @return whether the text is a plausible e-mail address of at most 254 characters (see {@link #EMAIL}) */
    static boolean plausibleEmail(String text) {
        return text.length() <= MAX_EMAIL_LENGTH && EMAIL.matcher(text).matches();
    }

    /** @return the member's e-mail address, or null when absent or not plausible (reported) */
    private String email(Node node, String id) {
        if (node == null) {
            return null;
        }
        String text = Values.text(node, problems);
        if (text == null) {
            return null;
        }
        if (!plausibleEmail(text)) {
            problems.add(node, problems.t("io.members.email", thisMember(id), Texts.shorten(text)),
                    problems.t("io.members.email.advice"));
            return null;
        }
        return text;
    }

    private Location location(Node node) {
        if (node == null) {
            return null;
        }
        Fields fields = Fields.of(node, problems, "a location", LOCATION_FIELDS);
        if (fields == null) {
            return null;
        }
        Node latitudeNode = fields.required("latitude", "45.76");
        Double latitude = latitudeNode == null ? null : Values.decimal(latitudeNode, problems, "latitude", -90, 90,
                problems.t("io.members.latitude.advice"));
        Node longitudeNode = fields.required("longitude", "4.84");
        Double longitude = longitudeNode == null ? null : Values.decimal(longitudeNode, problems, "longitude", -180,
                180, problems.t("io.members.longitude.advice"));
        return latitude == null || longitude == null ? null : new Location(latitude, longitude);
    }

    private List<Mode> requests(Node node) {
        List<Mode> requests = new ArrayList<>();
        for (Node item : items(node, "modes")) {
            Mode mode = Values.choice(item, problems, "mode", Modes.PARTICIPATION);
            if (mode != null && !duplicate(requests, mode, item, "mode")) {
                requests.add(mode);
            }
        }
        return requests;
    }

    private List<Need> needs(Node node, String memberId) {
        List<Need> needs = new ArrayList<>();
        Map<String, Node> topics = new LinkedHashMap<>();
        for (Node item : items(node, "needs")) {
            Fields fields = Fields.of(item, problems, "a need", NEED_FIELDS);
            if (fields == null) {
                continue;
            }
            String topic = topic(fields, topics, memberId, "needs", problems.t("io.needs.twice.advice"));
            Node priorityNode = fields.required("priority", "1");
            Integer priority = priorityNode == null ? null : Values.integer(priorityNode, problems, "priority",
                    Need.MOST_IMPORTANT, Need.LEAST_IMPORTANT,
                    problems.t("io.needs.priority.advice"));
            Node hoursNode = fields.required("hours", "6");
            Integer hours = hoursNode == null ? null : Values.integer(hoursNode, problems, "hours", 1, 200,
                    problems.t("io.needs.hours.advice"));
            if (topic != null && priority != null && hours != null) {
                needs.add(new Need(topic, priority, hours));
            }
        }
        return needs;
    }

    private List<Competence> competences(Node node, String memberId) {
        List<Competence> competences = new ArrayList<>();
        Map<String, Node> topics = new LinkedHashMap<>();
        for (Node item : items(node, "competences")) {
            Fields fields = Fields.of(item, problems, "a competence", COMPETENCE_FIELDS);
            if (fields == null) {
                continue;
            }
            String topic = topic(fields, topics, memberId, "competences",
                    problems.t("io.competences.twice.advice"));
            Node levelNode = fields.required("level", "4");
            Integer level = levelNode == null ? null : Values.integer(levelNode, problems, "level",
                    Competence.MIN_LEVEL, Competence.MAX_LEVEL,
                    problems.t("io.competences.level.advice"));
            if (topic != null && level != null) {
                competences.add(new Competence(topic, level));
            }
        }
        return competences;
    }

    /** Reads the required topic of a need or competence, reporting a topic already seen in the same list. */
    private String topic(Fields fields, Map<String, Node> seen, String memberId, String list, String advice) {
        Node topicNode = fields.required("topic", "\"business-model\"");
        String topic = topicNode == null ? null : Values.kebab(topicNode, problems, "topic id");
        if (topic == null) {
            return null;
        }
        Node first = seen.putIfAbsent(topic, topicNode);
        if (first != null) {
            problems.add(topicNode, problems.t("io.members.topicTwice", topic, problems.words(list),
                    thisMember(memberId), problems.position(first.offset())), advice);
            return null;
        }
        return topic;
    }

    private Map<Mode, Offer> offers(Node node) {
        Map<Mode, Offer> offers = new LinkedHashMap<>();
        if (node == null) {
            return offers;
        }
        if (!(node instanceof Node.Obj object)) {
            Values.wrongType(node, problems, "an object of offers by mode, like {\"accompaniment\": {…}}");
            return offers;
        }
        for (Node.Entry entry : object.entries().values()) {
            Mode mode = Modes.PARTICIPATION.get(entry.key());
            if (mode == null) {
                problems.add(entry.keyOffset(), Texts.child(object.path(), entry.key()),
                        problems.t("io.members.notAnOfferMode", Texts.shorten(entry.key())),
                        DidYouMean.advice(problems.messages(), entry.key(),
                                new ArrayList<>(Modes.PARTICIPATION.keySet()), problems.t("io.members.modesIntro")));
                continue;
            }
            Offer offer = offer(entry.value(), mode);
            if (offer != null) {
                offers.put(mode, offer);
            }
        }
        return offers;
    }

    /**
     * Hours are required for accompaniment (counted in hours), optional (default 0) for other modes; days are
     * required for immersion (one mentee per day, participants default to the days) and only allowed there;
     * sessions (workshops one can lead, default 1) only for workshops, where participants are optional (0: the
     * programme's maximum attendance).
     */
    private Offer offer(Node node, Mode mode) {
        Fields fields = Fields.of(node, problems, "an offer", OFFER_FIELDS);
        if (fields == null) {
            return null;
        }
        Node daysNode = fields.get("days");
        if (mode == Mode.IMMERSION) {
            daysNode = fields.required("days", "2");
            Integer days = daysNode == null ? null : Values.integer(daysNode, problems, "days", 1, 100,
                    problems.t("io.members.days.advice"));
            Node participantsNode = fields.get("participants");
            Integer participants = participantsNode == null ? days : Values.integer(participantsNode, problems,
                    "participants", 1, 100, problems.t("io.members.mentees.advice"));
            if (days != null && participants != null && participants > days) {
                problems.add(participantsNode, problems.t("io.members.moreMenteesThanDays",
                        String.valueOf(participants), String.valueOf(days)),
                        problems.t("io.members.moreMenteesThanDays.advice", String.valueOf(participants)));
                return null;
            }
            Node hoursNode = fields.get("hours");
            Integer hours = hoursNode == null ? Integer.valueOf(0) : Values.integer(hoursNode, problems, "hours", 1,
                    2000, problems.t("io.members.hours.advice"));
            return days == null || participants == null || hours == null ? null
                    : new Offer(hours, participants, days);
        }
        if (daysNode != null) {
            problems.add(daysNode, problems.t("io.members.daysMode", mode.jsonName()),
                    problems.t("io.members.daysMode.advice"));
        }
        Node sessionsNode = fields.get("sessions");
        if (mode == Mode.WORKSHOP) {
            Integer sessions = sessionsNode == null ? Integer.valueOf(1) : Values.integer(sessionsNode, problems,
                    "sessions", 1, 50, problems.t("io.members.sessions.advice"));
            Node participantsNode = fields.get("participants");
            Integer participants = participantsNode == null ? Integer.valueOf(0) : Values.integer(participantsNode,
                    problems, "participants", 1, 500,
                    problems.t("io.members.workshopParticipants.advice"));
            Node hoursNode = fields.get("hours");
            Integer hours = hoursNode == null ? Integer.valueOf(0) : Values.integer(hoursNode, problems, "hours", 1,
                    2000, problems.t("io.members.hours.advice"));
            return sessions == null || participants == null || hours == null || daysNode != null ? null
                    : new Offer(hours, participants, 0, sessions);
        }
        if (sessionsNode != null) {
            problems.add(sessionsNode, problems.t("io.members.sessionsMode", mode.jsonName()),
                    problems.t("io.members.sessionsMode.advice"));
        }
        Node hoursNode = mode == Mode.ACCOMPANIMENT ? fields.required("hours", "20") : fields.get("hours");
        Integer hours = hoursNode == null ? (mode == Mode.ACCOMPANIMENT ? null : 0)
                : Values.integer(hoursNode, problems, "hours", 1, 2000,
                        problems.t("io.members.hours.advice"));
        Node participantsNode = fields.required("participants", "3");
        Integer participants = participantsNode == null ? null : Values.integer(participantsNode, problems,
                "participants", 1, 100, problems.t("io.members.participants.advice"));
        return hours == null || participants == null ? null : new Offer(hours, participants);
    }

    private List<String> references(Node node, String self, String list) {
        List<String> ids = new ArrayList<>();
        for (Node item : items(node, "member ids")) {
            String id = index.reference(item, problems);
            if (id == null) {
                continue;
            }
            if (id.equals(self)) {
                problems.add(item, problems.t("io.members.listsThemselves", index.label(id), list),
                        problems.t("io.members.listsThemselves.advice", id));
            } else if (!duplicate(ids, id, item, "member")) {
                ids.add(id);
            }
        }
        return ids;
    }

    private <T> boolean duplicate(List<T> already, T value, Node item, String what) {
        if (already.contains(value)) {
            problems.add(item, problems.t("io.members.listedTwice", problems.words(what), ((Node.Str) item).value()),
                    problems.t("io.members.listedTwice.advice"));
            return true;
        }
        return false;
    }

    private List<Node> items(Node node, String what) {
        if (node == null) {
            return List.of();
        }
        List<Node> items = Values.list(node, problems, what);
        return items == null ? List.of() : items;
    }

    private static Node requestItem(Node requests, Mode mode) {
        for (Node item : ((Node.Arr) requests).items()) {
            if (item instanceof Node.Str text && text.value().equals(mode.jsonName())) {
                return item;
            }
        }
        return requests;
    }
}
