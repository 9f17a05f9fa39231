package org.peermatch.core.io;

import java.util.List;

import org.peermatch.core.text.Messages;

/**
 * The fields of one JSON object of a known kind: reports unknown fields (with the closest known one) when created,
 * and missing required fields when asked for.
 */
final class Fields {

    private final Node.Obj object;
    private final Problems problems;
    private final String kind;

    private Fields(Node.Obj object, Problems problems, String kind) {
        this.object = object;
        this.problems = problems;
        this.kind = kind;
    }

    /**
     * @param node the value that should be an object
     * @param problems where to report
     * @param kind what the object is, for messages, e.g. {@code a member}
     * @param known the accepted fields, in documentation order
     * @return the fields, or null when the node is not an object (reported)
     */
    static Fields of(Node node, Problems problems, String kind, List<String> known) {
        if (!(node instanceof Node.Obj object)) {
            Values.wrongType(node, problems, problems.t("io.fields.object", problems.words(kind), "{…}"));
            return null;
        }
        for (Node.Entry entry : object.entries().values()) {
            if (!known.contains(entry.key())) {
                problems.add(entry.keyOffset(), Texts.child(object.path(), entry.key()),
                        problems.t("io.fields.unknown", Texts.shorten(entry.key()), problems.words(kind)),
                        DidYouMean.advice(problems.messages(), entry.key(), known,
                                problems.t("io.fields.listIntro", problems.words(kind))));
            }
        }
        return new Fields(object, problems, kind);
    }

    /** @return {@code this member} for {@code a member}, {@code the programme} as is */
    private String thisKind() {
        if (problems.messages() != Messages.english()) {
            return problems.words(kind);
        }
        if (kind.startsWith("a ")) {
            return "this " + kind.substring(2);
        }
        return kind.startsWith("an ") ? "this " + kind.substring(3) : kind;
    }

    /** @return the object */
    Node.Obj node() {
        return object;
    }

    /** @return the value of a field, or null when absent */
    Node get(String key) {
        Node.Entry entry = object.entries().get(key);
        return entry == null ? null : entry.value();
    }

    /**
     * @param key the field
     * @param example an example value, shown in the advice
     * @return the value of a required field, or null when absent (reported at the object)
     */
    Node required(String key, String example) {
        Node value = get(key);
        if (value == null && !problems.isIncomplete(object.offset())) {
            problems.add(object.offset(), Texts.child(object.path(), key),
                    problems.t("io.fields.missing", key, problems.words(kind)),
                    problems.t("io.fields.missing.advice", key, example, thisKind()));
        }
        return value;
    }
}
