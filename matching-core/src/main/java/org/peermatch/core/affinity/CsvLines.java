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

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * The lean CSV path of {@code assign}: RFC 4180 records (double quotes, doubled quotes inside, separators and line
 * breaks inside quotes; {@code \n}, {@code \r\n} or {@code \r} between records) read from a whole UTF-8 file by
 * FastCSV, without a data-binding library: starting the JVM and reading were most of {@code assign}'s wall time, and a
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
        /** The record's quote is never closed (the message is then for developers; users get it in words). */
        final boolean openQuote;

        Invalid(String message, long line) {
            this(message, line, false);
        }

        Invalid(String message, long line, boolean openQuote) {
            super(message, null, false, false);
            this.line = line;
            this.openQuote = openQuote;
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
        CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(separator).allowExtraFields(true)
                .allowMissingFields(true).allowExtraCharsAfterClosingQuote(false).skipEmptyLines(false)
                .ofCsvRecord(new String(text, 0, length));
        long lastLine = 1;
        try {
            for (CsvRecord record : reader) {
                lastLine = record.getStartingLineNumber();
                String[] fields = new String[record.getFieldCount()];
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = shared(record.getField(i));
                }
                rows.add(fields);
                lines.add(lastLine);
            }
        } catch (CsvParseException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new Invalid(String.valueOf(cause.getMessage()), lastLineOf(e, lastLine));
        }
        // The reader takes a quote never closed as a field running to the end of the file: an odd count of quotes
        // (each quoted field has two, a doubled one inside counts two) is a quote left open on the last record.
        int quotes = 0;
        for (int i = 0; i < length; i++) {
            quotes += text[i] == '"' ? 1 : 0;
        }
        if (quotes % 2 != 0) {
            throw new Invalid("a quote opened on line " + lastLine + " is never closed", lastLine, true);
        }
    }

    /** @return the line the failing record starts on, as the reader's message says it, else the last one read */
    private static long lastLineOf(CsvParseException e, long lastLine) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("started in line (\\d+)")
                .matcher(String.valueOf(e.getMessage()));
        return matcher.find() ? Long.parseLong(matcher.group(1)) : lastLine;
    }
}
