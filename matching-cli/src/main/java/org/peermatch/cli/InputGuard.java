package org.peermatch.cli;

import java.nio.file.Path;
import java.util.Map;

import org.peermatch.core.text.Messages;

/**
 * The promise every command keeps: it never writes over one of its inputs. An output that names an input — the same
 * path, another spelling of it or a link to it (real paths are compared) — is refused before anything is read or
 * written, with exit status {@link ExitCode#INVALID_INPUT}.
 */
final class InputGuard {

    private InputGuard() {
    }

    /**
     * @param messages the language of the error
     * @param outputOption the option naming the output, e.g. {@code --out}
     * @param output the output file
     * @param inputs each input option and its file (null files are skipped), in the order to check
     * @throws UserError when the output is one of the inputs
     */
    static void refuseOverwrite(Messages messages, String outputOption, Path output, Map<String, Path> inputs) {
        for (Map.Entry<String, Path> input : inputs.entrySet()) {
            if (input.getValue() != null && SolveCommand.sameFile(input.getValue(), output)) {
                throw new UserError(ExitCode.INVALID_INPUT, messages.get("cli.error.overwrite", outputOption,
                        output.toString(), input.getKey()), messages.get("cli.error.overwrite.advice", outputOption,
                        output.resolveSibling("result-" + output.getFileName()).toString()));
            }
        }
    }
}
