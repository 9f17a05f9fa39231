package org.peermatch.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.peermatch.core.model.Programme;
import org.peermatch.core.text.Messages;

/**
 * Reads and validates programme documents (the JSON format of {@code FORMAT.md}) into a {@link Programme}.
 *
 * <p>Validation reports every problem at once, each with its file, line, column, JSON path, what is wrong and
 * advice starting with "Maybe" (see {@link InputProblem}); a JSON syntax error does not stop the rest of the
 * document from being checked. Defaults of the format are applied. The reader never writes to its input.
 *
 * <p>Thread-safe: the methods are static and keep no state.
 */
public final class ProgrammeReader {

    /** Larger files are refused: no programme document comes near this size. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private ProgrammeReader() {
    }

    /**
     * Reads a programme document from a file, UTF-8 encoded (a leading byte order mark is allowed). The file is only
     * read, never modified.
     *
     * @param file the file
     * @return the programme, with defaults applied
     * @throws InvalidInputException when the file cannot be read (a problem on line 0) or the document is invalid;
     *         it lists every problem found
     */
    public static Programme read(Path file) throws InvalidInputException {
        return read(file, Messages.english());
    }

    /**
     * Reads a programme document from a file, telling its problems in the messages' language.
     *
     * @see #read(Path)
     */
    public static Programme read(Path file, Messages messages) throws InvalidInputException {
        return read(text(file, messages), file.toString(), messages);
    }

    /**
     * Reads a document's text as {@link #read(Path, Messages)} does, without checking what it says: at most 64 MB of
     * UTF-8, without its byte order mark.
     *
     * @param file the file
     * @param messages the language of the problems
     * @return the document's text
     * @throws InvalidInputException a problem on line 0 when the file cannot be read, is too large or not UTF-8
     */
    public static String text(Path file, Messages messages) throws InvalidInputException {
        return withoutByteOrderMark(load(file, file.toString(), messages));
    }

    /**
     * @param text a document's text
     * @return the text without its leading byte order mark, if it has one
     */
    public static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Reads a programme document from text.
     *
     * @param json the document
     * @param sourceName how to name the document in problems, e.g. its file name
     * @return the programme, with defaults applied
     * @throws InvalidInputException when the document is invalid; it lists every problem found
     */
    public static Programme read(String json, String sourceName) throws InvalidInputException {
        return read(json, sourceName, Messages.english());
    }

    /**
     * Reads a programme document from text, telling its problems in the messages' language.
     *
     * @see #read(String, String)
     */
    public static Programme read(String json, String sourceName, Messages messages) throws InvalidInputException {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(sourceName, "sourceName");
        String text = withoutByteOrderMark(json);
        Problems problems = new Problems(sourceName, new SourceText(text), messages);
        Node root = SyntaxRecovery.read(problems.source(), problems);
        Programme programme = root == null ? null : ProgrammeBinder.bind(root, problems);
        if (programme == null || problems.any()) {
            List<InputProblem> found = problems.toList();
            if (found.isEmpty()) {
                // Every problem was a consequence of a reported repair; this cannot happen without a syntax error.
                throw new IllegalStateException("A document was refused without any problem reported.");
            }
            throw new InvalidInputException(found);
        }
        return programme;
    }

    static String load(Path file, String name, Messages messages) throws InvalidInputException {
        if (Files.isDirectory(file)) {
            throw fileProblem(name, messages.get("io.file.folder"), messages.get("io.file.folder.advice"));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // Read at most one byte past the limit: a device or a pipe (/dev/zero) has no size to check first.
            bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw fileProblem(name, messages.get("io.file.tooLarge", MAX_BYTES / (1024 * 1024)),
                        messages.get("io.file.tooLarge.advice"));
            }
        } catch (NoSuchFileException e) {
            throw fileProblem(name, messages.get("io.file.missing"), file.isAbsolute()
                    ? messages.get("io.file.missing.advice")
                    : messages.get("io.file.missingRelative.advice", Path.of("").toAbsolutePath().toString()));
        } catch (AccessDeniedException e) {
            throw fileProblem(name, messages.get("io.file.denied"), messages.get("io.file.denied.advice"));
        } catch (IOException e) {
            throw fileProblem(name, messages.get("io.file.unreadable", e.getClass().getSimpleName()
                    .replace("Exception", "") + (e.getMessage() == null ? "" : ": " + e.getMessage())),
                    messages.get("io.file.unreadable.advice"));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw fileProblem(name, messages.get("io.file.notUtf8", firstBadByte(bytes)),
                    messages.get("io.file.notUtf8.advice"));
        }
    }

    private static InvalidInputException fileProblem(String name, String message, String advice) {
        return new InvalidInputException(List.of(new InputProblem(name, 0, 0, "$", message, advice)));
    }

    /** @return the 1-based position of the first byte that is not valid UTF-8 */
    private static int firstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() + 1 : bytes.length;
    }
}
