package org.peermatch.core.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The member ids of a document, found in a first pass before anything is bound, so that every reference to a member
 * (conflicts, preferences, history, decisions…) can be checked where it is written. Reports ids used twice.
 */
final class MemberIndex {

    private record Known(String id, String name, int offset) {
    }

    private static final int LISTED = 5;
    /** Names longer than this are cut in messages. */
    private static final int SHOWN_NAME = 200;
    /** Unknown references beyond this many get the list of ids as advice, without searching for a close one. */
    static final int MAX_SEARCHED_ADVICE = 200;
    /** Names Windows keeps for devices, whatever the extension: no file can bear them. */
    private static final Pattern WINDOWS_DEVICES = Pattern.compile("con|prn|aux|nul|com[1-9]|lpt[1-9]");

    private final Map<String, Known> byId = new LinkedHashMap<>();
    private final Map<String, Known> byFoldedId = new HashMap<>();
    /** The ids, the names in lower case and the id of each name, in document order, once advice is asked for. */
    private List<String> ids;
    private List<String> names;
    private List<String> idsOfNames;
    /** How many unknown references got advice so far. */
    private int advised;

    private MemberIndex() {
    }

    /**
     * @param members the {@code members} value of the document, or null when absent
     * @param problems where to report ids used twice
     * @return the index of every member that has a text id
     */
    static MemberIndex scan(Node members, Problems problems) {
        MemberIndex index = new MemberIndex();
        if (!(members instanceof Node.Arr array)) {
            return index;
        }
        for (Node member : array.items()) {
            if (member instanceof Node.Obj object && object.entries().get("id") != null
                    && object.entries().get("id").value() instanceof Node.Str id) {
                Node.Entry nameEntry = object.entries().get("name");
                String name = nameEntry != null && nameEntry.value() instanceof Node.Str text
                        ? shown(text.value()) : null;
                Known first = index.byId.get(id.value());
                if (first == null) {
                    index.byId.put(id.value(), new Known(id.value(), name, id.offset()));
                    index.checkFileName(id, name, problems);
                } else {
                    String firstName = first.name() == null ? "" : " (" + first.name() + ")";
                    problems.add(id, problems.t("io.index.idTwice", Texts.shorten(id.value()),
                            problems.position(first.offset()), firstName, name == null ? "" : " (" + name + ")"),
                            problems.t("io.index.idTwice.advice"));
                }
            }
        }
        return index;
    }

    /** @return a name as messages may quote it: control characters escaped, at most a few hundred characters */
    private static String shown(String name) {
        return name.length() <= SHOWN_NAME ? ControlCharacters.escaped(name) : Texts.shorten(name);
    }

    /**
     * Reports an id that cannot name its own calendar file {@code people/ID.ics} everywhere: one equal to an earlier
     * id but for case (the two files would be one on Windows and macOS), or a Windows device name.
     */
    private void checkFileName(Node.Str id, String name, Problems problems) {
        String value = id.value();
        if (!Values.ID.matcher(value).matches() || value.length() > ReadLimits.MAX_ID_LENGTH) {
            return;
        }
        String folded = value.toLowerCase(Locale.ROOT);
        Known sameButCase = byFoldedId.putIfAbsent(folded, byId.get(value));
        if (sameButCase != null) {
            problems.add(id, problems.t("io.index.case", value, name == null ? "" : " (" + name + ")",
                    sameButCase.id(), problems.position(sameButCase.offset())),
                    problems.t("io.index.case.advice", value));
            return;
        }
        String device = folded.contains(".") ? folded.substring(0, folded.indexOf('.')) : folded;
        if (WINDOWS_DEVICES.matcher(device).matches()) {
            problems.add(id, problems.t("io.index.device", value), problems.t("io.index.device.advice", device, value));
        }
    }

    /** @return whether a member has this id */
    boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** @return the name of the member with this id, or null */
    String nameOf(String id) {
        Known known = byId.get(id);
        return known == null ? null : known.name();
    }

    /** @return {@code m01 (Camille Martin)}, or the id alone when the name is unknown */
    String label(String id) {
        String name = nameOf(id);
        return name == null ? id : id + " (" + name + ")";
    }

    /**
     * Reads a reference to a member.
     *
     * @param node the value that should be a member id
     * @param problems where to report
     * @return the id when it is a known member's, else null (reported, with the closest id or name)
     */
    String reference(Node node, Problems problems) {
        String id = Values.text(node, problems);
        if (id == null) {
            return null;
        }
        if (byId.containsKey(id)) {
            return id;
        }
        problems.add(node, problems.t("io.members.unknown", Texts.shorten(id)), adviceFor(id, problems));
        return null;
    }

    private String adviceFor(String wrong, Problems problems) {
        if (advised++ >= MAX_SEARCHED_ADVICE) {
            // Past this many unknown references the document is not a few typos: no more searching.
            return genericAdvice(problems);
        }
        String stripped = wrong.strip();
        for (Known known : byId.values()) {
            if (known.name() != null && known.name().length() >= stripped.length()
                    && known.name().strip().equalsIgnoreCase(stripped)) {
                return problems.t("io.members.nameNotId", known.id());
            }
        }
        if (ids == null) {
            // Built once: a document with thousands of unknown references asks for advice thousands of times.
            ids = new ArrayList<>(byId.keySet());
            names = new ArrayList<>();
            idsOfNames = new ArrayList<>();
            for (Known known : byId.values()) {
                if (known.name() != null) {
                    names.add(known.name().toLowerCase(Locale.ROOT));
                    idsOfNames.add(known.id());
                }
            }
        }
        List<String> closestIds = DidYouMean.closestAll(wrong, ids);
        if (!closestIds.isEmpty()) {
            List<String> shown = new ArrayList<>();
            for (String id : closestIds.subList(0, Math.min(LISTED, closestIds.size()))) {
                shown.add("`" + id + "`" + nameSuffix(id));
            }
            return problems.t(shown.size() == 1 ? "io.members.closest" : "io.members.closestOneOf",
                    String.join(", ", shown) + (closestIds.size() > LISTED ? ", …" : ""));
        }
        String closestName = DidYouMean.closest(wrong.toLowerCase(Locale.ROOT), names);
        if (closestName != null) {
            String id = idsOfNames.get(names.indexOf(closestName));
            return problems.t("io.members.closest", "`" + id + "`" + nameSuffix(id));
        }
        return genericAdvice(problems);
    }

    private String genericAdvice(Problems problems) {
        List<String> ids = new ArrayList<>(byId.keySet());
        if (ids.isEmpty()) {
            return problems.t("io.members.none");
        }
        List<String> listed = ids.subList(0, Math.min(LISTED, ids.size()));
        return problems.t("io.members.useOne", ids.size(), Texts.quotedList(listed) + (ids.size() > LISTED ? ", …" : ""));
    }

    private String nameSuffix(String id) {
        String name = nameOf(id);
        return name == null ? "" : " (" + name + ")";
    }
}
