package org.peermatch.core.io;

import tools.jackson.core.StreamReadConstraints;

/**
 * The sizes a programme document may reach, so that an absurd or hostile document is refused quickly with a located
 * problem instead of exhausting time, memory or the stack. The README and the JSON Schema state the same limits.
 *
 * <p>The parser enforces the lexical ones through Jackson's {@link StreamReadConstraints} (a failure stops the
 * reading, see {@link LocatedParser.FailureKind#LIMIT}); the binders enforce the lengths of texts and ids, and go
 * on checking the rest.
 */
final class ReadLimits {

    /** Most characters of a document ({@value}, 64 MiB); a file is refused on its size in bytes first. */
    static final long MAX_DOCUMENT_CHARS = 64L * 1024 * 1024;
    /** Most characters of a JSON number: far more than any count, seed or coordinate needs. */
    static final int MAX_NUMBER_LENGTH = 100;
    /** Most characters of any JSON string the parser accepts; longer ones stop the reading. */
    static final int MAX_STRING_LENGTH = 100_000;
    /** Most characters of a field name. */
    static final int MAX_KEY_LENGTH = 200;
    /** Deepest nesting of objects and lists: a programme document needs 6. */
    static final int MAX_DEPTH = 32;
    /** Most characters of a name, organization, reason or any other text (reported, then reading goes on). */
    static final int MAX_TEXT_LENGTH = 1_000;
    /** Most characters of an id (member, half-day, room, topic, sector, tag). */
    static final int MAX_ID_LENGTH = 100;

    /** Jackson's constraints for these limits. */
    static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxDocumentLength(MAX_DOCUMENT_CHARS)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNameLength(MAX_KEY_LENGTH)
            .maxNestingDepth(MAX_DEPTH)
            .build();

    private ReadLimits() {
    }
}
