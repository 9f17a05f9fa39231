package org.peermatch.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.peermatch.core.io.InputProblem;
import org.peermatch.core.io.InvalidInputException;
import org.peermatch.core.io.ProgrammeReader;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.text.Messages;
import org.peermatch.core.workbook.ProgrammeWorkbook;

/** Reading programme documents for the commands, and the words used to describe them. */
final class ProgrammeFiles {

    /** At most this many problems of one kind are printed; the rest are counted. */
    static final int SHOWN_PER_KIND = 20;

    private ProgrammeFiles() {
    }

    /**
     * Reads and checks a programme document.
     *
     * @throws UserError with status 2 listing every problem ({@code file:line:col: $.path: message}, then advice)
     */
    static Programme read(Path file) {
        return read(file, Messages.english());
    }

    /**
     * Reads and checks a programme document or workbook ({@code .xlsx}, or a folder of CSV files).
     *
     * @param messages the language of the workbook's own problems
     * @throws UserError with status 2 listing every problem, at its line or its cell
     */
    static Programme read(Path file, Messages messages) {
        if (ProgrammeWorkbook.isWorkbook(file)) {
            try {
                return ProgrammeWorkbook.read(file, messages);
            } catch (InvalidInputException e) {
                throw invalid(file, e, messages);
            }
        }
        if (Files.isDirectory(file)) {
            throw new UserError(ExitCode.INVALID_INPUT, messages.get("cli.error.folder", file.toString()),
                    messages.get("cli.error.folder.advice"));
        }
        try {
            return ProgrammeReader.read(file, messages);
        } catch (InvalidInputException e) {
            throw invalid(file, e, messages);
        } catch (UncheckedIOException e) {
            throw cannotRead(file, e, messages);
        }
    }

    /**
     * Reads and checks a programme with the decisions of an edited proposal workbook.
     *
     * @throws UserError with status 2 listing every problem, at its line or its cell
     */
    static Programme readWithDecisions(Path file, Path decisions, Messages messages) {
        if (Files.isDirectory(file) && !ProgrammeWorkbook.isWorkbook(file)) {
            return read(file, messages);
        }
        try {
            return ProgrammeWorkbook.readWithDecisions(file, decisions, messages);
        } catch (InvalidInputException e) {
            throw invalid(file, e, messages);
        } catch (UncheckedIOException e) {
            throw cannotRead(file, e, messages);
        }
    }

    private static UserError cannotRead(Path file, UncheckedIOException e, Messages messages) {
        return new UserError(ExitCode.INVALID_INPUT, messages.get("cli.error.cannotRead", file.toString(),
                String.valueOf(e.getCause().getMessage())), messages.get("cli.error.cannotRead.advice"), e);
    }

    /** @return the error listing every problem of an invalid input, status 2 */
    static UserError invalid(Path file, InvalidInputException e, Messages messages) {
        List<InputProblem> problems = e.problems();
        StringBuilder message = new StringBuilder(capped(problems, SHOWN_PER_KIND, messages));
        if (problems.size() == 1 && problems.get(0).line() == 0) {
            // The file as a whole (e.g. missing): the problem says it all.
            message.setLength(message.length() - 1);
        } else {
            message.append(messages.get("cli.invalid", file.toString(), problems.size()));
        }
        return new UserError(ExitCode.INVALID_INPUT, message.toString(), null, e);
    }

    /**
     * Lists the problems, at most {@code perKind} of each kind (the same path but for list positions, the same
     * message but for the quoted values and numbers), then one line per kind cut short: thousands of unknown
     * references stay readable.
     *
     * @return each problem {@linkplain InputProblem#format() formatted} on its lines, then e.g.
     *         {@code … and 2,940 more like "`x` is not the id of a member." (at $.members[].conflicts[])}
     */
    static String capped(List<InputProblem> problems, int perKind, Messages messages) {
        StringBuilder text = new StringBuilder();
        Map<String, Integer> shown = new HashMap<>();
        Map<String, InputProblem> firstHidden = new LinkedHashMap<>();
        Map<String, Integer> hidden = new HashMap<>();
        for (InputProblem problem : problems) {
            String kind = kindOf(problem);
            if (shown.merge(kind, 1, Integer::sum) <= perKind) {
                text.append(problem.format()).append('\n');
            } else {
                firstHidden.putIfAbsent(kind, problem);
                hidden.merge(kind, 1, Integer::sum);
            }
        }
        for (Map.Entry<String, InputProblem> kind : firstHidden.entrySet()) {
            InputProblem example = kind.getValue();
            text.append(messages.get("cli.problems.moreLike", hidden.get(kind.getKey()), example.message(),
                    example.path().replaceAll("\\[\\d+]", "[]"))).append('\n');
        }
        return text.toString();
    }

    private static String kindOf(InputProblem problem) {
        String path = problem.path() == null ? "" : problem.path().replaceAll("\\[\\d+]", "[]");
        return path + " " + problem.message().replaceAll("`[^`]*`", "``").replaceAll("\\d+", "#");
    }

    /** @return e.g. {@code 42 members (30 participants, 12 resource persons), 87 needs} */
    static String describe(Programme programme) {
        int participants = 0;
        int resources = 0;
        for (Member member : programme.members()) {
            if (member.requests(Mode.ACCOMPANIMENT)) {
                participants++;
            }
            if (member.offer(Mode.ACCOMPANIMENT) != null) {
                resources++;
            }
        }
        Messages messages = programme.messages();
        StringBuilder text = new StringBuilder(messages.get("cli.describe",
                messages.get("cli.count.members", programme.members().size()),
                messages.get("cli.count.participants", participants), messages.get("cli.count.resources", resources),
                messages.get("cli.count.needs", needCount(programme))));
        int mentees = programme.participantsIn(Mode.IMMERSION).size();
        if (mentees > 0) {
            text.append(messages.get("cli.describe.immersion", messages.get("cli.count.mentees", mentees),
                    messages.get("cli.count.mentors", offering(programme, Mode.IMMERSION))));
        }
        int codevelopment = programme.participantsIn(Mode.CODEVELOPMENT).size();
        if (codevelopment > 0) {
            text.append(messages.get("cli.describe.codevelopment", messages.get("cli.count.members", codevelopment)));
        }
        int workshop = programme.participantsIn(Mode.WORKSHOP).size();
        if (workshop > 0) {
            text.append(messages.get("cli.describe.workshop", messages.get("cli.count.participants", workshop),
                    messages.get("cli.count.animators", offering(programme, Mode.WORKSHOP))));
        }
        int applicants = programme.applications().applications().size();
        if (applicants > 0) {
            text.append(messages.get("common.list.semicolon")).append(messages.get("orientation.console.applicants",
                    applicants));
        }
        return text.toString();
    }

    private static int offering(Programme programme, Mode mode) {
        return (int) programme.members().stream().filter(member -> member.offer(mode) != null).count();
    }

    /** @return how many needs the accompaniment participants expressed: what a proposal tries to cover */
    static int needCount(Programme programme) {
        int needs = 0;
        for (Member member : programme.members()) {
            if (member.requests(Mode.ACCOMPANIMENT)) {
                needs += member.needs().size();
            }
        }
        return needs;
    }

    /** @return e.g. {@code 1 need}, {@code 3 needs} */
    static String count(long n, String one, String many) {
        return String.format(Locale.ROOT, "%d %s", n, n == 1 ? one : many);
    }
}
