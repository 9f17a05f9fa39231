package org.peermatch.core.affinity;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lean CSV path of {@code assign}: RFC 4180 records (double quotes, doubled quotes inside, separators and line
 * breaks inside quotes; {@code \n}, {@code \r\n} or {@code \r} between records) read from a whole UTF-8 file in one
 * pass, without a data-binding library: starting the JVM and reading were most of {@code assign}'s wall time, and a
 * CSV mapper's class loading and per-value objects were most of the reading (issue 16).
 *
 * <p>Each record keeps the line it starts on. A quote opened and never closed, or text right after a closing quote,
 * is an error located at its line. Values are not trimmed; blank lines are skipped by the caller.
 */
final class CsvLines {

    /** Records and the line each starts on. */
    final List<String[]> rows = new ArrayList<>();
    final List<Long> lines = new ArrayList<>();
    /** The separator found from the header line: {@code ;} when it holds one and no comma, else {@code ,}. */
    final char separator;

    private static final int MAX_SHARED = 200_000;

    /** A file that is not valid CSV: what is wrong and the line. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        final long line;

        Invalid(String message, long line) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    /**
     * @throws CharacterCodingException when the file is not UTF-8
     * @throws IOException when it cannot be read
     * @throws Invalid when a quote is not closed or text follows a closing quote
     */
    CsvLines(Path path) throws IOException, Invalid {
        byte[] bytes = Files.readAllBytes(path);
        CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        char[] text = chars.array();
        int length = chars.limit();
        int headerEnd = 0;
        boolean semicolon = false;
        boolean comma = false;
        while (headerEnd < length && text[headerEnd] != '\n' && text[headerEnd] != '\r') {
            semicolon |= text[headerEnd] == ';';
            comma |= text[headerEnd] == ',';
            headerEnd++;
        }
        separator = semicolon && !comma ? ';' : ',';
        parse(text, length);
    }

    /** Values that are not numbers (ids), shared so that 500,000 lines keep a few thousand id strings alive. */
    private final Map<String, String> ids = new HashMap<>();

    /** @return the value, or an equal one read before when it does not start like a number */
    private String shared(String value) {
        if (value.isEmpty() || ids.size() >= MAX_SHARED) {
            return value;
        }
        char first = value.charAt(0);
        if (first >= '0' && first <= '9' || first == '-' || first == '.') {
            return value;
        }
        String known = ids.putIfAbsent(value, value);
        return known == null ? value : known;
    }

    private void parse(char[] text, int length) throws Invalid {
        long line = 1;
        int i = 0;
        List<String> fields = new ArrayList<>();
        StringBuilder quoted = new StringBuilder();
        while (i < length) {
            long recordLine = line;
            fields.clear();
            while (true) {
                if (i < length && text[i] == '"') {
                    long quoteLine = line;
                    quoted.setLength(0);
                    i++;
                    while (true) {
                        if (i >= length) {
                            throw new Invalid("a quote opened on line " + quoteLine + " is never closed", line);
                        }
                        char c = text[i++];
                        if (c == '"') {
                            if (i < length && text[i] == '"') {
                                quoted.append('"');
                                i++;
                            } else {
                                break;
                            }
                        } else {
                            if (c == '\n' || c == '\r' && (i >= length || text[i] != '\n')) {
                                line++;
                            }
                            quoted.append(c);
                        }
                    }
                    fields.add(quoted.toString());
                    if (i < length && text[i] != separator && text[i] != '\n' && text[i] != '\r') {
                        throw new Invalid("unexpected character '" + text[i] + "' after a closing quote", line);
                    }
                } else {
                    int start = i;
                    while (i < length && text[i] != separator && text[i] != '\n' && text[i] != '\r') {
                        i++;
                    }
                    fields.add(shared(new String(text, start, i - start)));
                }
                if (i < length && text[i] == separator) {
                    i++;
                    continue;
                }
                break;
            }
            if (i < length) {
                if (text[i] == '\r' && i + 1 < length && text[i + 1] == '\n') {
                    i++;
                }
                i++;
                line++;
            }
            rows.add(fields.toArray(String[]::new));
            lines.add(recordLine);
        }
    }
}
