package org.peermatch.core.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.peermatch.core.model.Baseline;
import org.peermatch.core.model.BaselineGroup;
import org.peermatch.core.model.BaselineImmersion;
import org.peermatch.core.model.BaselinePair;
import org.peermatch.core.model.BaselineSession;
import org.peermatch.core.model.BaselineWorkshop;
import org.peermatch.core.text.Messages;

/**
 * Reads a proposal JSON written by peer-match (see {@code ProposalJson}) into the {@link Baseline} a re-plan starts
 * from: its pairs, who offered accompaniment (its loads), who asked for it (its pairs and uncovered needs), its
 * immersion days, its co-development groups, its workshops, its calendar's dated sessions and the names. Only those parts are read; everything else in the document is ignored, so a proposal of an older version
 * still reads. A document that is not a proposal (a programme document, a list…) is refused with located problems.
 */
public final class BaselineReader {

    private BaselineReader() {
    }

    /** Reads the proposal file, problems in English. */
    public static Baseline read(Path file) throws InvalidInputException {
        return read(file, Messages.english());
    }

    /**
     * @param file a proposal JSON, UTF-8
     * @param messages the language of the problems
     * @return the baseline it holds
     * @throws InvalidInputException when the file cannot be read or is not a proposal, every problem located
     */
    public static Baseline read(Path file, Messages messages) throws InvalidInputException {
        String name = file.toString();
        return read(ProgrammeReader.load(file, name, messages), name, messages);
    }

    /**
     * @param json the proposal document
     * @param sourceName how to name it in problems
     * @param messages the language of the problems
     * @return the baseline it holds
     * @throws InvalidInputException when it is not a proposal
     */
    public static Baseline read(String json, String sourceName, Messages messages) throws InvalidInputException {
        Objects.requireNonNull(json, "json");
        String text = ProgrammeReader.withoutByteOrderMark(json);
        Problems problems = new Problems(sourceName, new SourceText(text));
        Node root = SyntaxRecovery.read(problems.source(), problems);
        String advice = messages.get("decisions.baseline.advice");
        if (problems.any()) {
            throw new InvalidInputException(problems.toList());
        }
        if (!(root instanceof Node.Obj object) || !(value(object, "pairs") instanceof Node.Arr pairNodes)) {
            Node at = root == null ? new Node.Null(0, "$") : root;
            problems.add(at, messages.get("decisions.baseline.notProposal"), advice);
            throw new InvalidInputException(problems.toList());
        }
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> participants = new LinkedHashSet<>();
        List<String> resources = new ArrayList<>();
        List<BaselinePair> pairs = new ArrayList<>();
        for (Node item : pairNodes.items()) {
            if (!(item instanceof Node.Obj pair)) {
                problems.add(item, messages.get("decisions.baseline.notPair", item.describe()), advice);
                continue;
            }
            String participant = text(pair, "participant", problems, messages, advice);
            String resource = text(pair, "resource", problems, messages, advice);
            String topic = text(pair, "topic", problems, messages, advice);
            if (participant == null || resource == null || topic == null) {
                continue;
            }
            name(names, participant, value(pair, "participantName"));
            name(names, resource, value(pair, "resourceName"));
            participants.add(participant);
            Node why = value(pair, "why");
            List<String> sectors = new ArrayList<>();
            int level = 0;
            if (why instanceof Node.Obj reasons) {
                level = number(value(reasons, "level"));
                if (value(reasons, "commonSectors") instanceof Node.Arr list) {
                    for (Node sector : list.items()) {
                        if (sector instanceof Node.Str s) {
                            sectors.add(s.value());
                        }
                    }
                }
            }
            pairs.add(new BaselinePair(participant, resource, topic, number(value(pair, "priority")),
                    number(value(pair, "hours")), level, sectors));
        }
        if (value(object, "uncoveredNeeds") instanceof Node.Arr uncovered) {
            for (Node item : uncovered.items()) {
                if (item instanceof Node.Obj need && value(need, "participant") instanceof Node.Str id) {
                    participants.add(id.value());
                    name(names, id.value(), value(need, "participantName"));
                }
            }
        }
        if (value(object, "loads") instanceof Node.Arr loads) {
            for (Node item : loads.items()) {
                if (item instanceof Node.Obj load && value(load, "resource") instanceof Node.Str id) {
                    resources.add(id.value());
                    name(names, id.value(), value(load, "resourceName"));
                }
            }
        }
        List<BaselineImmersion> immersions = immersions(object, names, problems, messages, advice);
        List<BaselineGroup> groups = groups(object, names, problems, messages, advice);
        List<BaselineWorkshop> workshops = workshops(object, names, problems, messages, advice);
        List<BaselineSession> sessions = sessions(object, problems, messages, advice);
        if (problems.any()) {
            throw new InvalidInputException(problems.toList());
        }
        String programme = value(object, "programme") instanceof Node.Str s ? s.value() : "";
        return new Baseline(programme, pairs, resources, List.copyOf(participants), names, immersions, groups,
                workshops, sessions);
    }

    /** @return the dated sessions of {@code calendar.sessions}, none when the proposal has no calendar */
    private static List<BaselineSession> sessions(Node.Obj proposal, Problems problems, Messages messages,
            String advice) {
        List<BaselineSession> sessions = new ArrayList<>();
        if (!(value(proposal, "calendar") instanceof Node.Obj calendar)
                || !(value(calendar, "sessions") instanceof Node.Arr items)) {
            return sessions;
        }
        for (Node item : items.items()) {
            if (!(item instanceof Node.Obj session)) {
                problems.add(item, messages.get("decisions.baseline.notSession", item.describe()), advice);
                continue;
            }
            if (value(session, "date") instanceof Node.Null || value(session, "halfDay") instanceof Node.Null) {
                continue; // not dated: nothing to keep
            }
            String id = text(session, "id", problems, messages, advice);
            String mode = text(session, "mode", problems, messages, advice);
            LocalDate date = date(session, problems, messages, advice);
            String halfDay = text(session, "halfDay", problems, messages, advice);
            if (id != null && mode != null && date != null && halfDay != null) {
                sessions.add(new BaselineSession(id, mode, date, halfDay));
            }
        }
        return sessions;
    }

    /** @return the workshops of {@code workshops.workshops}, none when the proposal has no workshop programme */
    private static List<BaselineWorkshop> workshops(Node.Obj proposal, Map<String, String> names,
            Problems problems, Messages messages, String advice) {
        List<BaselineWorkshop> workshops = new ArrayList<>();
        if (!(value(proposal, "workshops") instanceof Node.Obj section)
                || !(value(section, "workshops") instanceof Node.Arr items)) {
            return workshops;
        }
        for (Node item : items.items()) {
            if (!(item instanceof Node.Obj workshop)) {
                problems.add(item, messages.get("decisions.baseline.notWorkshop", item.describe()), advice);
                continue;
            }
            if (value(workshop, "date") instanceof Node.Null || value(workshop, "halfDay") instanceof Node.Null) {
                continue; // not scheduled: nothing to keep
            }
            String theme = text(workshop, "theme", problems, messages, advice);
            String animator = text(workshop, "animator", problems, messages, advice);
            LocalDate date = date(workshop, problems, messages, advice);
            String halfDay = text(workshop, "halfDay", problems, messages, advice);
            if (theme == null || animator == null || date == null || halfDay == null) {
                continue;
            }
            name(names, animator, value(workshop, "animatorName"));
            String room = value(workshop, "room") instanceof Node.Str s && !s.value().isBlank() ? s.value() : null;
            workshops.add(new BaselineWorkshop(theme, animator, date, halfDay, room));
        }
        return workshops;
    }

    /** @return the date of the object's {@code day} or {@code date} field, or null after reporting it */
    private static LocalDate date(Node.Obj object, Problems problems, Messages messages, String advice) {
        String key = value(object, "day") != null ? "day" : "date";
        String text = text(object, key, problems, messages, advice);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(value(object, key), messages.get("decisions.baseline.notDay", Texts.shorten(text)), advice);
            return null;
        }
    }

    /** @return the groups of {@code codevelopment.groups}, none when the proposal has no co-development */
    private static List<BaselineGroup> groups(Node.Obj proposal, Map<String, String> names, Problems problems,
            Messages messages, String advice) {
        List<BaselineGroup> groups = new ArrayList<>();
        if (!(value(proposal, "codevelopment") instanceof Node.Obj codevelopment)
                || !(value(codevelopment, "groups") instanceof Node.Arr items)) {
            return groups;
        }
        for (Node item : items.items()) {
            if (!(item instanceof Node.Obj group) || !(value(group, "members") instanceof Node.Arr memberNodes)) {
                problems.add(item, messages.get("decisions.baseline.notGroup", item.describe()), advice);
                continue;
            }
            List<String> members = new ArrayList<>();
            for (Node memberNode : memberNodes.items()) {
                if (!(memberNode instanceof Node.Obj entry)) {
                    problems.add(memberNode, messages.get("decisions.baseline.notGroup", memberNode.describe()),
                            advice);
                    continue;
                }
                String member = text(entry, "member", problems, messages, advice);
                if (member != null) {
                    members.add(member);
                    name(names, member, value(entry, "memberName"));
                }
            }
            groups.add(new BaselineGroup(Math.max(number(value(group, "number")), groups.size() + 1), members));
        }
        return groups;
    }

    /** @return the immersion days of {@code immersion.pairs}, none when the proposal has no immersion */
    private static List<BaselineImmersion> immersions(Node.Obj proposal, Map<String, String> names,
            Problems problems, Messages messages, String advice) {
        List<BaselineImmersion> immersions = new ArrayList<>();
        if (!(value(proposal, "immersion") instanceof Node.Obj immersion)
                || !(value(immersion, "pairs") instanceof Node.Arr items)) {
            return immersions;
        }
        for (Node item : items.items()) {
            if (!(item instanceof Node.Obj pairing)) {
                problems.add(item, messages.get("decisions.baseline.notImmersion", item.describe()), advice);
                continue;
            }
            String mentee = text(pairing, "mentee", problems, messages, advice);
            String mentor = text(pairing, "mentor", problems, messages, advice);
            LocalDate date = date(pairing, problems, messages, advice);
            if (mentee == null || mentor == null || date == null) {
                continue;
            }
            name(names, mentee, value(pairing, "menteeName"));
            name(names, mentor, value(pairing, "mentorName"));
            immersions.add(new BaselineImmersion(mentee, mentor, date));
        }
        return immersions;
    }

    private static Node value(Node.Obj object, String key) {
        Node.Entry entry = object.entries().get(key);
        return entry == null ? null : entry.value();
    }

    private static String text(Node.Obj object, String key, Problems problems, Messages messages, String advice) {
        Node value = value(object, key);
        if (value instanceof Node.Str s && !s.value().isBlank()) {
            return s.value();
        }
        problems.add(value == null ? object : value, messages.get("decisions.baseline.missingField", key,
                object.path()), advice);
        return null;
    }

    private static int number(Node node) {
        if (node instanceof Node.Num n) {
            try {
                return n.value().intValueExact();
            } catch (ArithmeticException e) {
                return 0;
            }
        }
        return 0;
    }

    private static void name(Map<String, String> names, String id, Node name) {
        if (name instanceof Node.Str s && !names.containsKey(id)) {
            names.put(id, s.value());
        }
    }
}
