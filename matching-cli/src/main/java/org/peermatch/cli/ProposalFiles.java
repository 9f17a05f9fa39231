package org.peermatch.cli;

import java.nio.file.Path;
import java.util.List;

import org.peermatch.core.io.BaselineReader;
import org.peermatch.core.io.InputProblem;
import org.peermatch.core.io.InvalidInputException;
import org.peermatch.core.model.Baseline;
import org.peermatch.core.text.Messages;

/** Reading proposal JSON files (a published proposal to re-plan from, or two proposals to compare). */
final class ProposalFiles {

    private ProposalFiles() {
    }

    /**
     * @param option the option or parameter that named the file, e.g. {@code --baseline}
     * @return the proposal's pairs
     * @throws UserError with status 2 listing every problem when the file cannot be read or is not a proposal
     */
    static Baseline read(Path file, String option, Messages messages) {
        try {
            return BaselineReader.read(file, messages);
        } catch (InvalidInputException e) {
            List<InputProblem> problems = e.problems();
            String message = ProgrammeFiles.capped(problems, ProgrammeFiles.SHOWN_PER_KIND, messages).strip();
            throw new UserError(ExitCode.INVALID_INPUT, option + ": " + message, null, e);
        }
    }
}
