package org.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peermatch.core.text.Messages;

/** The exit statuses every {@code --help} lists, in both languages. */
class ExitCodeTest {

    @Test
    void everyStatusIsListedInOrderWithItsMeaningInEnglishAndFrench() {
        assertThat(ExitCode.helpList(Messages.english())).containsOnlyKeys("  0", "  1", "  2", "  3", "130")
                .containsEntry("  2", "Invalid input or usage: nothing written.");
        assertThat(ExitCode.helpList(Messages.french()).values())
                .allSatisfy(meaning -> assertThat(meaning).doesNotContain("Solved", "Invalid", "Failed"))
                .anySatisfy(meaning -> assertThat(meaning).startsWith("Résolu avec des manques"));
        assertThat(ExitCode.INTERRUPTED.meaning(Messages.french())).contains("Ctrl-C");
    }
}
