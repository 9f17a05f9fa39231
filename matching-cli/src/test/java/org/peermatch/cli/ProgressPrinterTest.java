package org.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.peermatch.core.text.Messages;

class ProgressPrinterTest {

    @Test
    void printsElapsedAgainstTheLimitAndTheBestScore() {
        StringWriter err = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(err), Duration.ofSeconds(30), Messages.english());

        printer.bestScoreImproved("0hard/-2medium/1450soft", Duration.ofMillis(12_345));

        assertThat(err.toString()).isEqualTo("  12.3s / 30s  best 0hard/-2medium/1450soft" + System.lineSeparator());
    }

    @Test
    void leavesTheLimitOutWithoutTimeLimit() {
        StringWriter err = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(err), null, Messages.english());

        printer.bestScoreImproved("0hard/0medium/5soft", Duration.ofMillis(1_500));

        assertThat(err.toString()).isEqualTo("   1.5s  best 0hard/0medium/5soft" + System.lineSeparator());
    }

    @Test
    void printsAtMostOneLinePerQuarterSecondOfSolving() {
        StringWriter err = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(err), Duration.ofMinutes(2), Messages.english());

        for (int millis = 0; millis <= 1_000; millis += 10) {
            printer.bestScoreImproved("0hard/0medium/" + millis + "soft", Duration.ofMillis(millis));
        }

        assertThat(err.toString().lines()).containsExactly(
                "   0.0s / 2m  best 0hard/0medium/0soft",
                "   0.3s / 2m  best 0hard/0medium/250soft",
                "   0.5s / 2m  best 0hard/0medium/500soft",
                "   0.8s / 2m  best 0hard/0medium/750soft",
                "   1.0s / 2m  best 0hard/0medium/1000soft");
    }

    @Test
    void speaksFrench() {
        StringWriter err = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(err), null, Messages.french());

        printer.bestScoreImproved("0hard/0medium/5soft", Duration.ofMillis(1_500));

        assertThat(err.toString()).isEqualTo("   1.5s  meilleur 0hard/0medium/5soft" + System.lineSeparator());
    }
}
