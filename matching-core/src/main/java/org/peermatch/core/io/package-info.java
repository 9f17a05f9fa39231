/**
 * Reading and validating programme documents: the JSON format of {@code FORMAT.md} (also described by the JSON
 * Schema {@code programme.schema.json} shipped beside these classes, draft 2020-12) into the model record
 * {@link org.peermatch.core.model.Programme}.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * try {
 *     Programme programme = ProgrammeReader.read(Path.of("demo.json"));
 * } catch (InvalidInputException e) {
 *     System.err.println(e.getMessage());   // every problem, one block each
 * }
 * }</pre>
 * Each {@link org.peermatch.core.io.InputProblem} gives the file, line and column, the JSON path, what is wrong and
 * advice on a line starting "Maybe":
 * <pre>
 * demo.json:12:18: $.members[3].competences[0].level: level 7 is out of range 1..5.
 *   Maybe use a level between 1 (notions) and 5 (expert).
 * </pre>
 * Paths use dots for simple keys ({@code $.weights.same-sector}) and {@code ['…']} for other keys.
 *
 * <h2>How it works</h2>
 * <ol>
 * <li>{@link org.peermatch.core.io.ProgrammeReader} reads the file as UTF-8 (problems with the file itself, such as
 * a missing file, a folder or bytes that are not UTF-8, are reported on line 0) and never writes anything.</li>
 * <li>{@code SyntaxRecovery} runs Jackson's strict streaming parser
 * ({@code LocatedParser}) to build a located tree ({@code Node}: every
 * value knows its offset and JSON path). On a syntax error it reports it, then tries small repairs of the text
 * (missing comma, trailing comma, unclosed text or bracket, comment, single quotes, unquoted key, broken token,
 * stray character…), keeps the one that lets parsing get furthest (looking one repair ahead), and goes on, so that
 * the problems after a syntax error are found too. At most 20
 * repairs; when none helps, only the syntax errors are reported. Positions always refer to the original text.</li>
 * <li>{@code ProgrammeBinder} (with {@code MemberBinder},
 * {@code AvailabilityBinder} and {@code DecisionsBinder}) turns the tree
 * into records, applying the defaults and collecting every problem in {@code Problems}.
 * Member ids are indexed first ({@code MemberIndex}), so every reference is checked where it
 * is written. {@code DidYouMean} suggests the closest known name.</li>
 * </ol>
 * Everything is deterministic: the same text gives the same problems, in the same order (by line, then column).
 *
 * <h2>Defaults</h2>
 * Time zone {@code Europe/Paris}; half-days {@code AM} 09:00–12:30 and {@code PM} 14:00–17:30;
 * {@link org.peermatch.core.model.AccompanimentRules#DEFAULT} for absent rules (field by field);
 * {@link org.peermatch.core.model.SolverSettings#DEFAULT} for absent solver settings (field by field);
 * {@link org.peermatch.core.model.Availability#ALWAYS} for a member without availability; a weekly availability
 * without {@code from}/{@code to} spans the programme; {@link org.peermatch.core.model.Decisions#NONE}; empty lists
 * and maps otherwise. An offer in another mode than accompaniment may leave out {@code hours} (then 0). Lists and maps
 * keep the document's order; {@code offers} holds only the modes given.
 *
 * <h2>Validation rules</h2>
 * <ul>
 * <li>JSON syntax (strict: no comments, trailing commas, single quotes, unquoted keys, leading zeros…); a key given
 * twice in one object; content after the document; an empty document.</li>
 * <li>Unknown fields in every object, with the closest known field ("Maybe you meant `sectors`?") or the list of
 * allowed fields.</li>
 * <li>Types (text, whole number, list, object; {@code null} is never accepted) and required fields:
 * {@code programme} (name, start, end), {@code members} (at least one; id, name, organization), needs (topic,
 * priority, hours), competences (topic, level), offers (participants; hours for accompaniment), half-days (id,
 * start, end), weekly availabilities (half-days), history entries (members, mode, date), pinned pairs (participant,
 * resource), forbidden pairs (members).</li>
 * <li>Formats: ids {@code [A-Za-z0-9][A-Za-z0-9._-]*}; topic and sector ids lower-case kebab; dates
 * {@code YYYY-MM-DD} that exist; times {@code HH:mm}; durations {@code 30s}, {@code 2m}, {@code 1h30m},
 * {@code 500ms} or ISO-8601, positive; a valid time zone id (with a suggestion); non-blank names.</li>
 * <li>Ranges: level 1..5, priority 1..3, need hours 1..200, offer hours 1..2000, participants 1..100,
 * minimumLevel 1..5, maxResourcePersons ≥ 1, minCommonHalfDaysPerMonth ≥ 0, noveltyHalfLifeMonths ≥ 1,
 * priorityWeights three of 1..1000000 non-increasing, weights 0..1000000, moveCountLimit ≥ 1.</li>
 * <li>Enumerations, with suggestions: modes ({@code accompaniment}, {@code immersion}, {@code codevelopment},
 * {@code workshop}; {@code other} in history only) in requests, offers and history; days {@code MON}..{@code SUN}
 * and the programme's half-day ids in {@code DAY-SLOT}; the constraint ids of the README's tables (as the JSON
 * Schema lists them) in {@code weights}.</li>
 * <li>Uniqueness: member ids (naming both places), half-day ids, topics within a member's needs and within its
 * competences, items of sectors, requests, conflicts, continuity, preferences, unavailable dates and weekly
 * half-days, members of a history entry or forbidden pair.</li>
 * <li>Order: programme end on or after its start and at most 3 years later; half-day start before end; weekly
 * {@code from} on or before {@code to}; history dated on or before the programme's end.</li>
 * <li>References: every member id in conflicts, continuity, preferences, history and decisions exists (suggesting
 * the closest id or name); a member does not list themselves; a history entry names at least 2 distinct members, a
 * forbidden pair exactly 2.</li>
 * <li>Roles: a member requesting accompaniment has at least one need; a pinned pair's participant requests
 * accompaniment, its resource person offers accompaniment and is another member, and its topic, when given, is one
 * of the participant's needs.</li>
 * </ul>
 */
package org.peermatch.core.io;
