package org.peermatch.core.io;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;

/**
 * One pass of Jackson's strict streaming parser over a text, building the located tree ({@link Node}) or stopping at
 * the first syntax error. Offsets of nodes are translated to the original text with the given mapping, so that a
 * text repaired by {@link SyntaxRecovery} still reports the user's lines and columns; offsets of a failure stay in
 * the parsed text, where the recovery works.
 */
final class LocatedParser {

    /** How a pass can fail. */
    enum FailureKind {
        /** The text has no JSON value at all. */
        EMPTY,
        /** A syntax error inside the document. */
        SYNTAX,
        /** The text ends inside a value. */
        END_OF_INPUT,
        /** Something follows the complete document. */
        TRAILING,
        /** A value or the document exceeds one of the {@link ReadLimits}: not repaired, reading stops. */
        LIMIT
    }

    /**
     * A container still open when parsing stopped.
     *
     * @param array true for {@code [}, false for <code>{</code>
     * @param offset where it opens, in the parsed text
     * @param path its JSON path
     * @param expectsValue true for an object whose last key has no value yet
     */
    record Open(boolean array, int offset, String path, boolean expectsValue) {
    }

    /**
     * Where and why a pass stopped.
     *
     * @param kind what went wrong
     * @param offset where, in the parsed text
     * @param path the JSON path where the parser was
     * @param detail Jackson's description; for {@link FailureKind#LIMIT}, the key of the limit's sentence in the io
     *        bundle (its arguments in {@code arguments})
     * @param open the open containers, innermost first
     * @param inString whether the text ended inside a string
     * @param arguments the arguments of a limit's sentence, else empty
     */
    record Failure(FailureKind kind, int offset, String path, String detail, List<Open> open, boolean inString,
            List<Object> arguments) {

        Failure(FailureKind kind, int offset, String path, String detail, List<Open> open, boolean inString) {
            this(kind, offset, path, detail, open, inString, List.of());
        }

        /** A limit exceeded: its sentence's key in the io bundle and the arguments. */
        static Failure limit(int offset, String path, String key, Object... arguments) {
            return new Failure(FailureKind.LIMIT, offset, path, key, List.of(), false, List.of(arguments));
        }
    }

    /**
     * A key given twice in one object.
     *
     * @param path the path of the repeated member
     * @param key the key
     * @param offset where the repetition starts, in the original text
     * @param firstOffset where the first occurrence starts, in the original text
     */
    record Duplicate(String path, String key, int offset, int firstOffset) {
    }

    /**
     * The outcome of one pass.
     *
     * @param root the document, or null when the pass failed
     * @param failure why it failed, or null
     * @param duplicates repeated keys seen
     */
    record Result(Node root, Failure failure, List<Duplicate> duplicates) {
    }

    private static final JsonFactory FACTORY =
            JsonFactory.builder().streamReadConstraints(ReadLimits.CONSTRAINTS).build();

    /** An open container while building. */
    private static final class Frame {
        final boolean array;
        final int offset;
        final String path;
        final List<Node> items = new ArrayList<>();
        final Map<String, Node.Entry> entries = new LinkedHashMap<>();
        String key;
        int keyOffset;

        Frame(boolean array, int offset, String path) {
            this.array = array;
            this.offset = offset;
            this.path = path;
        }

        String childPath() {
            return array ? Texts.item(path, items.size()) : Texts.child(path, key);
        }
    }

    private final IntUnaryOperator toOriginal;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final List<Duplicate> duplicates = new ArrayList<>();
    private Node root;

    private LocatedParser(IntUnaryOperator toOriginal) {
        this.toOriginal = toOriginal;
    }

    /**
     * Parses the text.
     *
     * @param text the text to parse
     * @param toOriginal maps an offset of {@code text} to the original document
     * @return the tree or the failure
     */
    static Result parse(String text, IntUnaryOperator toOriginal) {
        return new LocatedParser(toOriginal).run(text);
    }

    private Result run(String text) {
        if (text.length() > ReadLimits.MAX_DOCUMENT_CHARS) {
            return failed(Failure.limit(0, "$", "io.limit.documentChars", text.length(),
                    ReadLimits.MAX_DOCUMENT_CHARS));
        }
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            try {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    return failed(new Failure(FailureKind.EMPTY, 0, "$", "no JSON value", List.of(), false));
                }
                while (token != null) {
                    accept(parser, token);
                    if (root != null) {
                        break;
                    }
                    token = parser.nextToken();
                }
            } catch (StreamConstraintsException | NumberFormatException | ArithmeticException e) {
                return failed(limit(parser, text, e));
            }
            return afterRoot(parser);
        } catch (JacksonException e) {
            return failed(failure(e));
        }
    }

    /**
     * @return a limit failure located at the value that exceeds it: Jackson reports where it stopped reading, so
     *         a number or a name is found by going back over its characters
     */
    private Failure limit(JsonParser parser, String text, RuntimeException e) {
        int end = (int) Math.min(text.length(), Math.max(0, parser.currentLocation().getCharOffset()));
        String detail = e.getMessage() == null ? "" : e.getMessage();
        String path = pathOf(parser.streamReadContext(), false);
        if (e instanceof StreamConstraintsException && detail.startsWith("Name length")) {
            return Failure.limit(Math.max(0, text.lastIndexOf('"', Math.max(0, end - 2))), path, "io.limit.keyLength",
                    ReadLimits.MAX_KEY_LENGTH);
        }
        if (e instanceof StreamConstraintsException && detail.contains("nesting depth")) {
            return Failure.limit(Math.max(0, end - 1), path, "io.limit.depth", ReadLimits.MAX_DEPTH);
        }
        if (e instanceof StreamConstraintsException && detail.startsWith("String value length")) {
            return Failure.limit((int) Math.max(0, parser.currentTokenLocation().getCharOffset()), path,
                    "io.limit.textLength", ReadLimits.MAX_STRING_LENGTH);
        }
        if (e instanceof StreamConstraintsException && detail.startsWith("Document length")) {
            return Failure.limit(end, path, "io.limit.documentLength", ReadLimits.MAX_DOCUMENT_CHARS);
        }
        int offset = end;
        while (offset > 0 && "0123456789+-.eE".indexOf(text.charAt(offset - 1)) >= 0) {
            offset--;
        }
        return e instanceof StreamConstraintsException
                ? Failure.limit(offset, path, "io.limit.numberLength", end - offset, ReadLimits.MAX_NUMBER_LENGTH)
                : Failure.limit(offset, path, "io.limit.exponent", Texts.shorten(text.substring(offset, end)));
    }

    private Result afterRoot(JsonParser parser) {
        int rootEnd = (int) parser.currentLocation().getCharOffset();
        try {
            JsonToken extra = parser.nextToken();
            if (extra == null) {
                return new Result(root, null, List.copyOf(duplicates));
            }
            int offset = (int) parser.currentTokenLocation().getCharOffset();
            return failed(new Failure(FailureKind.TRAILING, offset, "$", "content after the end", List.of(), false));
        } catch (JacksonException e) {
            long offset = e.getLocation() == null ? rootEnd : e.getLocation().getCharOffset();
            return failed(new Failure(FailureKind.TRAILING, (int) Math.max(rootEnd, offset), "$",
                    "content after the end", List.of(), false));
        }
    }

    private Result failed(Failure failure) {
        return new Result(null, failure, List.copyOf(duplicates));
    }

    private void accept(JsonParser parser, JsonToken token) {
        int offset = (int) parser.currentTokenLocation().getCharOffset();
        switch (token) {
            case START_OBJECT -> stack.push(new Frame(false, offset, nextPath()));
            case START_ARRAY -> stack.push(new Frame(true, offset, nextPath()));
            case END_OBJECT -> {
                Frame frame = stack.pop();
                add(new Node.Obj(toOriginal.applyAsInt(frame.offset), frame.path, frame.entries));
            }
            case END_ARRAY -> {
                Frame frame = stack.pop();
                add(new Node.Arr(toOriginal.applyAsInt(frame.offset), frame.path, frame.items));
            }
            case PROPERTY_NAME -> {
                Frame frame = stack.peek();
                frame.key = parser.currentName();
                frame.keyOffset = offset;
            }
            case VALUE_STRING -> add(new Node.Str(toOriginal.applyAsInt(offset), nextPath(), parser.getString()));
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> add(new Node.Num(toOriginal.applyAsInt(offset), nextPath(),
                    number(parser, token), parser.getString()));
            case VALUE_TRUE, VALUE_FALSE -> add(new Node.Bool(toOriginal.applyAsInt(offset), nextPath(),
                    token == JsonToken.VALUE_TRUE));
            case VALUE_NULL -> add(new Node.Null(toOriginal.applyAsInt(offset), nextPath()));
            default -> throw new IllegalStateException("Unexpected JSON token " + token + ".");
        }
    }

    private static BigDecimal number(JsonParser parser, JsonToken token) {
        BigDecimal value = token == JsonToken.VALUE_NUMBER_INT ? new BigDecimal(parser.getBigIntegerValue())
                : parser.getDecimalValue();
        if (Math.abs((long) value.scale()) > ReadLimits.MAX_NUMBER_LENGTH) {
            // 1e-999999999 is short to write but costly to compare and round: no field needs such an exponent.
            throw new ArithmeticException("exponent out of range");
        }
        return value;
    }

    private String nextPath() {
        Frame parent = stack.peek();
        return parent == null ? "$" : parent.childPath();
    }

    private void add(Node node) {
        Frame parent = stack.peek();
        if (parent == null) {
            root = node;
        } else if (parent.array) {
            parent.items.add(node);
        } else {
            Node.Entry first = parent.entries.get(parent.key);
            int keyOffset = toOriginal.applyAsInt(parent.keyOffset);
            if (first == null) {
                parent.entries.put(parent.key, new Node.Entry(parent.key, keyOffset, node));
            } else {
                duplicates.add(new Duplicate(node.path(), parent.key, keyOffset, first.keyOffset()));
            }
            parent.key = null;
        }
    }

    private Failure failure(JacksonException e) {
        int offset = e.getLocation() == null ? 0 : (int) Math.max(0, e.getLocation().getCharOffset());
        Object processor = e.processor();
        String detail = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        // Where a key is expected, the error is about the object, not about its previous key.
        boolean expectsKey = detail.contains("to start property name");
        String path = processor instanceof JsonParser parser ? pathOf(parser.streamReadContext(), expectsKey) : "$";
        boolean endOfInput = e instanceof UnexpectedEndOfInputException;
        boolean inString = endOfInput
                && ((UnexpectedEndOfInputException) e).getTokenBeingDecoded() == JsonToken.VALUE_STRING;
        List<Open> open = new ArrayList<>();
        for (Frame frame : stack) {
            // Only the innermost object can wait for a value: the others' values are the open containers.
            boolean expectsValue = open.isEmpty() && !frame.array && frame.key != null;
            open.add(new Open(frame.array, frame.offset, frame.path, expectsValue));
        }
        return new Failure(endOfInput ? FailureKind.END_OF_INPUT : FailureKind.SYNTAX, offset, path, detail,
                List.copyOf(open), inString);
    }

    /**
     * @param omitKey leave out the innermost object's current key
     * @return the path where Jackson's parser stands, e.g. {@code $.members[2].name}
     */
    private static String pathOf(TokenStreamContext context, boolean omitKey) {
        List<TokenStreamContext> chain = new ArrayList<>();
        for (TokenStreamContext c = context; c != null; c = c.getParent()) {
            chain.add(0, c);
        }
        String path = "$";
        for (TokenStreamContext c : chain) {
            if (c.inObject() && c.currentName() != null && !(omitKey && c == context)) {
                path = Texts.child(path, c.currentName());
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                path = Texts.item(path, c.getCurrentIndex());
            }
        }
        return path;
    }
}
