package org.peermatch.cli;

import java.time.Duration;
import java.util.Locale;

import org.peermatch.core.io.DurationText;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads and writes durations the way programme documents do: {@code 30s}, {@code 2m}, {@code 1h30m},
 * {@code 500ms} or ISO-8601 {@code PT30S}.
 */
final class Durations implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        Duration duration = parse(value);
        if (duration == null) {
            throw new TypeConversionException(LanguageOption.commandLine().get("cli.usage.duration", value));
        }
        if (!duration.isPositive()) {
            throw new TypeConversionException(LanguageOption.commandLine().get("cli.usage.positiveDuration", value));
        }
        if (!DurationText.usable(duration)) {
            throw new TypeConversionException(LanguageOption.commandLine().get("cli.usage.durationTooLong", value));
        }
        return duration;
    }

    /** @return the duration, or null when the text is not one */
    static Duration parse(String text) {
        return DurationText.parse(text);
    }

    /** @return the duration in the short form, e.g. {@code 30s}, {@code 1h30m}, {@code 500ms} */
    static String format(Duration duration) {
        if (duration.isZero()) {
            return "0s";
        }
        StringBuilder text = new StringBuilder();
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        int seconds = duration.toSecondsPart();
        int millis = duration.toMillisPart();
        if (hours > 0) {
            text.append(hours).append('h');
        }
        if (minutes > 0) {
            text.append(minutes).append('m');
        }
        if (seconds > 0) {
            text.append(seconds).append('s');
        }
        if (millis > 0) {
            text.append(millis).append("ms");
        }
        return text.isEmpty() ? duration.toString() : text.toString();
    }

    /** @return an elapsed time for progress lines: {@code 12.3s}, then {@code 2m05s}, {@code 1h02m05s} */
    static String formatElapsed(Duration elapsed) {
        long totalSeconds = elapsed.toSeconds();
        if (totalSeconds < 60) {
            return String.format(Locale.ROOT, "%.1fs", elapsed.toMillis() / 1000.0);
        }
        if (totalSeconds < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", elapsed.toMinutes(), elapsed.toSecondsPart());
        }
        return String.format(Locale.ROOT, "%dh%02dm%02ds", elapsed.toHours(), elapsed.toMinutesPart(),
                elapsed.toSecondsPart());
    }
}
