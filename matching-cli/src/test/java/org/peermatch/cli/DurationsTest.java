package org.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine.TypeConversionException;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({"30s,PT30S", "2m,PT2M", "1h30m,PT1H30M", "500ms,PT0.5S", "1m30s,PT1M30S", "PT30S,PT30S",
        "pt2m,PT2M", "1h,PT1H", "2m500ms,PT2M0.5S", "' 45s ',PT45S"})
    void readsShortAndIsoDurations(String text, String iso) {
        assertThat(new Durations().convert(text)).isEqualTo(Duration.parse(iso));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "", "30", "s", "1x", "30 s", "1.5s", "-5s", "P", "PTxS", "m30s", "30s2m"})
    void refusesWhatIsNotADuration(String text) {
        assertThatThrownBy(() -> new Durations().convert(text))
                .isInstanceOf(TypeConversionException.class)
                .hasMessage("'" + text + "' is not a duration. Maybe write 30s, 2m or 1h30m.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0s", "0ms", "PT0S", "PT-5S"})
    void refusesDurationsThatAreNotPositive(String text) {
        assertThatThrownBy(() -> new Durations().convert(text))
                .isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("is not a positive duration");
    }

    @ParameterizedTest
    @ValueSource(strings = {"25h", "24h1ms", "PT1000H", "3000000000000h", "P400D"})
    void refusesDurationsLongerThanADay(String text) {
        assertThatThrownBy(() -> new Durations().convert(text))
                .isInstanceOf(TypeConversionException.class)
                .hasMessage("'" + text + "' is longer than a day, the longest time limit. Maybe write minutes or"
                        + " seconds, like 30s or 10m.");
    }

    @Test
    void acceptsADay() {
        assertThat(new Durations().convert("24h")).isEqualTo(Duration.ofHours(24));
    }

    @ParameterizedTest
    @CsvSource({"PT30S,30s", "PT1H30M,1h30m", "PT0.5S,500ms", "PT2M0.25S,2m250ms", "PT0S,0s", "PT26H,26h"})
    void writesTheShortForm(String iso, String text) {
        assertThat(Durations.format(Duration.parse(iso))).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"PT12.34S,12.3s", "PT0S,0.0s", "PT59.9S,59.9s", "PT125S,2m05s", "PT1H2M5S,1h02m05s"})
    void writesElapsedTimes(String iso, String text) {
        assertThat(Durations.formatElapsed(Duration.parse(iso))).isEqualTo(text);
    }
}
