package org.peermatch.core.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peermatch.core.model.Application;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.OrientationDecision;
import org.peermatch.core.model.OrientationRules;

/**
 * Binds what the orientation stage reads: a member's {@code wishes}, {@code motivation} and {@code eligibility},
 * the programme's {@code rules.orientation} and the committee's {@code decisions.orientations}. Every problem is
 * located and comes with advice, in the words of the {@code orientation} bundle.
 */
final class ApplicationBinder {

    /** The member fields of an application. */
    static final List<String> MEMBER_FIELDS = List.of("wishes", "motivation", "eligibility");
    /** Most beneficiaries, participants per mode or people in a structure. */
    static final int MAX_COUNT = 100_000;

    private static final List<String> ELIGIBILITY_FIELDS =
            List.of("firstTimeApplicant", "formerBeneficiary", "staff", "territory");
    private static final List<String> RULES_FIELDS =
            List.of("maxBeneficiaries", "maxPerMode", "fit", "priorityGroups");
    private static final List<String> GROUP_FIELDS =
            List.of("firstTimeApplicants", "smallStructureStaff", "territories");
    private static final List<String> DECISION_FIELDS = List.of("member", "mode", "decision", "reason");
    private static final Map<String, Boolean> DECISIONS = new LinkedHashMap<>(Map.of("pinned", true,
            "forbidden", false));

    private final Problems problems;

    ApplicationBinder(Problems problems) {
        this.problems = problems;
    }

    /**
     * @param fields the member's fields
     * @param id the member's id, or null when broken
     * @param label the member as messages name them
     * @param requests the modes already decided
     * @return the application, or null when the member gives no wishes
     */
    Application member(Fields fields, String id, String label, List<Mode> requests) {
        Node wishesNode = fields.get("wishes");
        Node motivationNode = fields.get("motivation");
        Node eligibilityNode = fields.get("eligibility");
        if (wishesNode == null) {
            if (motivationNode != null) {
                problems.add(motivationNode, problems.t("orientation.input.withoutWishes", label, "motivation"),
                        problems.t("orientation.input.withoutWishes.advice"));
            }
            if (eligibilityNode != null) {
                problems.add(eligibilityNode, problems.t("orientation.input.withoutWishes", label, "eligibility"),
                        problems.t("orientation.input.withoutWishes.advice"));
            }
            return null;
        }
        List<Mode> wishes = new ArrayList<>();
        List<Node> items = Values.list(wishesNode, problems, "modes like \"workshop\"");
        if (items != null && items.isEmpty()) {
            problems.add(wishesNode, problems.t("orientation.input.noWish", label),
                    problems.t("orientation.input.noWish.advice"));
        }
        for (Node item : items == null ? List.<Node>of() : items) {
            Mode mode = Values.choice(item, problems, "mode", Modes.PARTICIPATION);
            if (mode == null) {
                continue;
            }
            if (wishes.contains(mode)) {
                problems.add(item, problems.t("orientation.input.wishTwice", label, mode.jsonName()),
                        problems.t("orientation.input.wishTwice.advice"));
            } else if (requests.contains(mode)) {
                problems.add(item, problems.t("orientation.input.wishRequested", label, mode.jsonName()),
                        problems.t("orientation.input.wishRequested.advice", mode.jsonName()));
            } else {
                wishes.add(mode);
            }
        }
        String motivation = motivationNode == null ? "" : Values.text(motivationNode, problems);
        boolean firstTime = false;
        boolean former = false;
        int staff = 0;
        String territory = null;
        if (eligibilityNode != null) {
            Fields eligibility = Fields.of(eligibilityNode, problems, "the eligibility facts", ELIGIBILITY_FIELDS);
            if (eligibility != null) {
                firstTime = bool(eligibility.get("firstTimeApplicant"));
                former = bool(eligibility.get("formerBeneficiary"));
                Node staffNode = eligibility.get("staff");
                Integer people = staffNode == null ? null : Values.integer(staffNode, problems, "staff", 1, MAX_COUNT,
                        problems.t("orientation.input.staff.advice", MAX_COUNT));
                staff = people == null ? 0 : people;
                Node territoryNode = eligibility.get("territory");
                territory = territoryNode == null ? null : Values.kebab(territoryNode, problems, "territory id");
            }
        }
        return id == null ? null : new Application(id, wishes, motivation, firstTime, former, staff, territory);
    }

    private boolean bool(Node node) {
        if (node == null) {
            return false;
        }
        if (node instanceof Node.Bool bool) {
            return bool.value();
        }
        Values.wrongType(node, problems, "true or false");
        return false;
    }

    /**
     * @param needTopics the topics of the members' needs, sorted: a fit topic close to one of them but in none is
     *        reported as a typo (a fit row nobody needs would be silently ignored)
     * @return the orientation rules, {@link OrientationRules#DEFAULT} when absent
     */
    OrientationRules rules(Node node, List<String> needTopics) {
        if (node == null) {
            return OrientationRules.DEFAULT;
        }
        Fields fields = Fields.of(node, problems, "the orientation rules", RULES_FIELDS);
        if (fields == null) {
            return OrientationRules.DEFAULT;
        }
        int maxBeneficiaries = Values.optionalInteger(fields, "maxBeneficiaries", 0, 0, MAX_COUNT, problems,
                problems.t("orientation.input.maxBeneficiaries.advice", MAX_COUNT));
        Map<Mode, Integer> maxPerMode = new LinkedHashMap<>();
        Node perModeNode = fields.get("maxPerMode");
        if (perModeNode != null) {
            Fields perMode = Fields.of(perModeNode, problems, "the participants per mode",
                    new ArrayList<>(Modes.PARTICIPATION.keySet()));
            if (perMode != null) {
                for (Map.Entry<String, Mode> mode : Modes.PARTICIPATION.entrySet()) {
                    Node valueNode = perMode.get(mode.getKey());
                    Integer value = valueNode == null ? null : Values.integer(valueNode, problems, "participants",
                            0, MAX_COUNT, problems.t("orientation.input.maxPerMode.advice", MAX_COUNT));
                    if (value != null) {
                        maxPerMode.put(mode.getValue(), value);
                    }
                }
            }
        }
        Map<String, Map<Mode, Integer>> fit = new LinkedHashMap<>();
        Node fitNode = fields.get("fit");
        if (fitNode instanceof Node.Obj table) {
            for (Node.Entry entry : table.entries().values()) {
                String topic = Values.KEBAB.matcher(entry.key()).matches() ? entry.key() : null;
                if (topic == null) {
                    problems.add(entry.keyOffset(), Texts.child(table.path(), entry.key()),
                            problems.t("orientation.input.fitTopic", Texts.shorten(entry.key())),
                            problems.t("orientation.input.fitTopic.advice"));
                } else if (!needTopics.contains(topic) && DidYouMean.closest(topic, needTopics) != null) {
                    problems.add(entry.keyOffset(), Texts.child(table.path(), entry.key()),
                            problems.t("orientation.input.fitTopicUnused", topic),
                            problems.t("orientation.input.fitTopicUnused.advice",
                                    DidYouMean.closest(topic, needTopics)));
                }
                Fields modes = Fields.of(entry.value(), problems, "a topic's fit by mode",
                        new ArrayList<>(Modes.PARTICIPATION.keySet()));
                if (modes == null) {
                    continue;
                }
                Map<Mode, Integer> byMode = new LinkedHashMap<>();
                for (Map.Entry<String, Mode> mode : Modes.PARTICIPATION.entrySet()) {
                    Node valueNode = modes.get(mode.getKey());
                    Integer value = valueNode == null ? null : Values.integer(valueNode, problems, "fit", 0, 3,
                            problems.t("orientation.input.fit.advice"));
                    if (value != null) {
                        byMode.put(mode.getValue(), value);
                    }
                }
                if (topic != null) {
                    fit.put(topic, byMode);
                }
            }
        } else if (fitNode != null) {
            Values.wrongType(fitNode, problems, "an object of topics, {\"pitch\": {\"workshop\": 3}}");
        }
        boolean firstTime = false;
        int smallStaff = 0;
        List<String> territories = new ArrayList<>();
        Node groupsNode = fields.get("priorityGroups");
        if (groupsNode != null) {
            Fields groups = Fields.of(groupsNode, problems, "the priority groups", GROUP_FIELDS);
            if (groups != null) {
                firstTime = bool(groups.get("firstTimeApplicants"));
                smallStaff = Values.optionalInteger(groups, "smallStructureStaff", 0, 0, MAX_COUNT, problems,
                        problems.t("orientation.input.staff.advice", MAX_COUNT));
                Node territoriesNode = groups.get("territories");
                List<Node> items = territoriesNode == null ? List.of()
                        : Values.list(territoriesNode, problems, "territory ids like \"ariege\"");
                for (Node item : items == null ? List.<Node>of() : items) {
                    String territory = Values.kebab(item, problems, "territory id");
                    if (territory != null && !territories.contains(territory)) {
                        territories.add(territory);
                    }
                }
            }
        }
        return new OrientationRules(maxBeneficiaries, maxPerMode, fit, firstTime, smallStaff, territories);
    }

    /**
     * @param decisionsNode the {@code decisions} object, or null
     * @param index the members
     * @param applications the applications bound, by member id
     * @return the committee's orientation decisions
     */
    List<OrientationDecision> decisions(Node decisionsNode, MemberIndex index, Map<String, Application> applications) {
        if (!(decisionsNode instanceof Node.Obj decisions) || !decisions.entries().containsKey("orientations")) {
            return List.of();
        }
        Node node = decisions.entries().get("orientations").value();
        List<Node> items = Values.list(node, problems, "orientation decisions like {\"member\": \"m05\", …}");
        List<OrientationDecision> bound = new ArrayList<>();
        for (Node item : items == null ? List.<Node>of() : items) {
            Fields fields = Fields.of(item, problems, "an orientation decision", DECISION_FIELDS);
            if (fields == null) {
                continue;
            }
            Node memberNode = fields.required("member", "\"m05\"");
            String member = memberNode == null ? null : index.reference(memberNode, problems);
            Node modeNode = fields.required("mode", "\"workshop\"");
            Mode mode = modeNode == null ? null : Values.choice(modeNode, problems, "mode", Modes.PARTICIPATION);
            Node decisionNode = fields.required("decision", "\"pinned\"");
            Boolean pinned = decisionNode == null ? null
                    : Values.choice(decisionNode, problems, "decision", DECISIONS);
            Node reasonNode = fields.get("reason");
            String reason = reasonNode == null ? "" : Values.text(reasonNode, problems);
            if (member == null || mode == null || pinned == null) {
                continue;
            }
            Application application = applications.get(member);
            if (application == null) {
                problems.add(memberNode, problems.t("orientation.input.decisionNoWishes", index.label(member)),
                        problems.t("orientation.input.decisionNoWishes.advice"));
                continue;
            }
            if (!application.wishes().contains(mode)) {
                problems.add(modeNode, problems.t("orientation.input.decisionNotWished", index.label(member),
                        mode.jsonName()), problems.t("orientation.input.decisionNotWished.advice", mode.jsonName()));
                continue;
            }
            OrientationDecision contrary = null;
            for (OrientationDecision other : bound) {
                if (other.member().equals(member) && other.mode() == mode) {
                    contrary = other;
                }
            }
            if (contrary != null) {
                problems.add(item, problems.t("orientation.input.decisionTwice", index.label(member), mode.jsonName()),
                        problems.t("orientation.input.decisionTwice.advice"));
                continue;
            }
            bound.add(new OrientationDecision(member, mode, pinned, reason));
        }
        return bound;
    }
}
