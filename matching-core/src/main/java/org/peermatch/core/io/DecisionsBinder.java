package org.peermatch.core.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.peermatch.core.model.Decisions;
import org.peermatch.core.model.ForbiddenPair;
import org.peermatch.core.model.Interaction;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.PinnedPair;

/**
 * Binds what refers to members once they are all bound: the {@code history} of earlier interactions and the
 * committee's {@code decisions}.
 */
final class DecisionsBinder {

    /** Most members of one earlier interaction: novelty costs the square of it. */
    static final int MAX_INTERACTION_MEMBERS = 200;

    private static final List<String> INTERACTION_FIELDS = List.of("members", "mode", "date");
    private static final List<String> DECISIONS_FIELDS = List.of("pinned", "forbidden", "orientations");
    private static final List<String> PINNED_FIELDS = List.of("participant", "resource", "topic");
    private static final List<String> FORBIDDEN_FIELDS = List.of("members", "reason");

    private final Problems problems;
    private final MemberIndex index;
    private final Map<String, MemberBinder.Bound> members;
    private final int minimumLevel;

    /**
     * @param members the bound members by id, to check pinned pairs against their requests, needs and offers
     * @param minimumLevel the programme's minimum level: a pinned resource person must master a need at it
     */
    DecisionsBinder(Problems problems, MemberIndex index, Map<String, MemberBinder.Bound> members,
            int minimumLevel) {
        this.problems = problems;
        this.index = index;
        this.members = members;
        this.minimumLevel = minimumLevel;
    }

    /**
     * @param node the {@code history} value, or null
     * @param programmeEnd the programme's last day, or null when broken (then dates are not compared)
     * @return the earlier interactions
     */
    List<Interaction> history(Node node, LocalDate programmeEnd) {
        List<Interaction> history = new ArrayList<>();
        for (Node item : items(node, "earlier interactions")) {
            Fields fields = Fields.of(item, problems, "an earlier interaction", INTERACTION_FIELDS);
            if (fields == null) {
                continue;
            }
            Node membersNode = fields.required("members", "[\"m01\", \"m12\"]");
            List<String> ids = membersNode == null ? null : distinctMembers(membersNode, 2, MAX_INTERACTION_MEMBERS);
            Node modeNode = fields.required("mode", "\"accompaniment\"");
            Mode mode = modeNode == null ? null : Values.choice(modeNode, problems, "mode", Modes.INTERACTION);
            Node dateNode = fields.required("date", "\"2026-05-12\"");
            LocalDate date = dateNode == null ? null : Values.date(dateNode, problems);
            if (date != null && programmeEnd != null && date.isAfter(programmeEnd)) {
                problems.add(dateNode, problems.t("io.decisions.historyAfterEnd", date.toString(),
                        programmeEnd.toString()), problems.t("io.decisions.historyAfterEnd.advice"));
                date = null;
            }
            if (ids != null && mode != null && date != null) {
                history.add(new Interaction(ids, mode, date));
            }
        }
        return history;
    }

    /** @return the committee's decisions, {@link Decisions#NONE} when absent */
    Decisions decisions(Node node) {
        if (node == null) {
            return Decisions.NONE;
        }
        Fields fields = Fields.of(node, problems, "the decisions", DECISIONS_FIELDS);
        if (fields == null) {
            return Decisions.NONE;
        }
        List<PinnedPair> pinned = new ArrayList<>();
        List<Node> pinnedNodes = new ArrayList<>();
        for (Node item : items(fields.get("pinned"), "pinned pairs")) {
            PinnedPair pair = pinned(item);
            PinnedPair sameNeed = pair == null || pair.topic() == null ? null : pinned.stream()
                    .filter(other -> other.participant().equals(pair.participant())
                            && pair.topic().equals(other.topic()))
                    .findFirst().orElse(null);
            if (sameNeed != null && !sameNeed.resource().equals(pair.resource())) {
                problems.add(item, problems.t("io.decisions.pinnedTwice", pair.topic(),
                        index.label(pair.participant()), index.label(sameNeed.resource()),
                        index.label(pair.resource())), problems.t("io.decisions.pinnedTwice.advice"));
            } else if (pair != null) {
                pinned.add(pair);
                pinnedNodes.add(item);
            }
        }
        List<ForbiddenPair> forbidden = new ArrayList<>();
        for (Node item : items(fields.get("forbidden"), "forbidden pairs")) {
            Fields pairFields = Fields.of(item, problems, "a forbidden pair", FORBIDDEN_FIELDS);
            if (pairFields == null) {
                continue;
            }
            Node membersNode = pairFields.required("members", "[\"m03\", \"m09\"]");
            List<String> ids = membersNode == null ? null : distinctMembers(membersNode, 2, 2);
            Node reasonNode = pairFields.get("reason");
            String reason = reasonNode == null ? null : Values.text(reasonNode, problems);
            if (ids != null) {
                forbidden.add(new ForbiddenPair(ids.get(0), ids.get(1), reason));
            }
        }
        for (int i = 0; i < pinned.size(); i++) {
            PinnedPair pair = pinned.get(i);
            for (ForbiddenPair forbiddenPair : forbidden) {
                if (forbiddenPair.concerns(pair.participant(), pair.resource())) {
                    problems.add(pinnedNodes.get(i), forbiddenPair.reason() == null
                            ? problems.t("io.decisions.pinnedAndForbidden", index.label(pair.participant()),
                                    index.label(pair.resource()))
                            : problems.t("io.decisions.pinnedAndForbidden.reason", index.label(pair.participant()),
                                    index.label(pair.resource()), Texts.shorten(forbiddenPair.reason())),
                            problems.t("io.decisions.pinnedAndForbidden.advice"));
                }
            }
        }
        return new Decisions(pinned, forbidden);
    }

    /**
     * Reports a pinned pair that breaks a rule of the pair itself: a conflict of interest (one organization or a
     * declared conflict) or a resource person who masters none of the pinned needs at the programme's level.
     *
     * @return whether the pair is consistent
     */
    private boolean consistent(Node node, Node resourceNode, Member participant, Member resource, String topic) {
        if (participant.organization().strip().equalsIgnoreCase(resource.organization().strip())) {
            problems.add(node, problems.t("io.decisions.pinnedSameOrganization", index.label(participant.id()),
                    index.label(resource.id()), Texts.shorten(participant.organization())),
                    problems.t("io.decisions.pinnedSameOrganization.advice"));
            return false;
        }
        String declaredBy = participant.conflicts().contains(resource.id()) ? participant.id()
                : resource.conflicts().contains(participant.id()) ? resource.id() : null;
        if (declaredBy != null) {
            problems.add(node, problems.t("io.decisions.pinnedConflict", index.label(participant.id()),
                    index.label(resource.id()), declaredBy),
                    problems.t("io.decisions.pinnedConflict.advice", declaredBy));
            return false;
        }
        List<String> topics = topic != null ? List.of(topic)
                : participant.needs().stream().map(Need::topic).toList();
        if (topics.stream().noneMatch(need -> resource.levelOn(need) >= minimumLevel)) {
            String what = topic != null ? "`" + topic + "`" : problems.t("io.decisions.anyNeedOf",
                    index.label(participant.id()), Texts.quotedList(topics));
            problems.add(resourceNode, problems.t("io.decisions.pinnedNotCompetent", index.label(resource.id()), what,
                    String.valueOf(minimumLevel)), problems.t("io.decisions.pinnedNotCompetent.advice",
                    String.valueOf(minimumLevel), resource.id()));
            return false;
        }
        return true;
    }

    private PinnedPair pinned(Node node) {
        Fields fields = Fields.of(node, problems, "a pinned pair", PINNED_FIELDS);
        if (fields == null) {
            return null;
        }
        Node participantNode = fields.required("participant", "\"m01\"");
        String participant = participantNode == null ? null : index.reference(participantNode, problems);
        Node resourceNode = fields.required("resource", "\"m12\"");
        String resource = resourceNode == null ? null : index.reference(resourceNode, problems);
        Node topicNode = fields.get("topic");
        String topic = topicNode == null ? null : Values.kebab(topicNode, problems, "topic id");
        boolean ok = participant != null && resource != null && (topicNode == null || topic != null);
        if (participant != null && participant.equals(resource)) {
            problems.add(resourceNode, problems.t("io.decisions.pinnedSelf", index.label(participant)),
                    problems.t("io.decisions.pinnedSelf.advice", participant));
            return null;
        }
        MemberBinder.Bound participantBound = participant == null ? null : members.get(participant);
        if (participantBound != null && participantBound.clean()) {
            Member member = participantBound.member();
            if (!member.requests(Mode.ACCOMPANIMENT)) {
                problems.add(participantNode, problems.t("io.decisions.pinnedNoRequest", index.label(participant)),
                        problems.t("io.decisions.pinnedNoRequest.advice", participant));
                ok = false;
            } else if (topic != null && member.needs().stream().noneMatch(need -> need.topic().equals(topic))) {
                List<String> topics = member.needs().stream().map(Need::topic).toList();
                String closest = DidYouMean.closest(topic, topics);
                problems.add(topicNode, problems.t("io.decisions.pinnedTopic", topic, index.label(participant)),
                        closest != null ? problems.t("io.decisions.pinnedTopic.closest", closest)
                                : problems.t("io.decisions.pinnedTopic.advice", Texts.quotedList(topics)));
                ok = false;
            }
        }
        MemberBinder.Bound resourceBound = resource == null ? null : members.get(resource);
        boolean resourceClean = resourceBound != null && resourceBound.clean();
        if (resourceClean && resourceBound.member().offer(Mode.ACCOMPANIMENT) == null) {
            problems.add(resourceNode, problems.t("io.decisions.pinnedNoOffer", index.label(resource)),
                    problems.t("io.decisions.pinnedNoOffer.advice", resource,
                            "\"offers\": {\"accompaniment\": {\"hours\": 20, \"participants\": 3}}"));
            ok = false;
        }
        if (ok && participantBound != null && participantBound.clean() && resourceClean
                && !consistent(node, resourceNode, participantBound.member(), resourceBound.member(), topic)) {
            ok = false;
        }
        return ok ? new PinnedPair(participant, resource, topic) : null;
    }

    /** @return at least {@code min} and at most {@code max} distinct known member ids, or null (reported) */
    private List<String> distinctMembers(Node node, int min, int max) {
        List<Node> items = Values.list(node, problems, "member ids");
        if (items == null) {
            return null;
        }
        if (items.size() > max && max > 2) {
            problems.add(node, problems.t("io.decisions.tooMany", String.valueOf(items.size()), String.valueOf(max)),
                    problems.t("io.decisions.tooMany.advice", String.valueOf(max)));
            return null;
        }
        List<String> ids = new ArrayList<>();
        boolean ok = true;
        for (Node item : items) {
            String id = index.reference(item, problems);
            if (id == null) {
                ok = false;
            } else if (ids.contains(id)) {
                problems.add(item, problems.t("io.cal.memberTwice", id),
                        problems.t(max == 2 ? "io.decisions.twice.two" : "io.decisions.twice.atLeastTwo"));
                ok = false;
            } else {
                ids.add(id);
            }
        }
        if (ok && (ids.size() < min || ids.size() > max)) {
            String expected = problems.t(min == max ? "io.decisions.exactly" : "io.decisions.atLeast",
                    String.valueOf(min));
            problems.add(node, problems.t("io.decisions.count", ids.size(), expected),
                    problems.t("io.decisions.count.advice", expected));
            ok = false;
        }
        return ok ? ids : null;
    }

    private List<Node> items(Node node, String what) {
        if (node == null) {
            return List.of();
        }
        List<Node> items = Values.list(node, problems, what);
        return items == null ? List.of() : items;
    }
}
