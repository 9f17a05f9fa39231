package org.peermatch.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a move-count limit: a whole number of at least 1; {@code _} may group digits ({@code 200_000}). */
final class MoveLimits implements ITypeConverter<Long> {

    @Override
    public Long convert(String value) {
        long limit;
        try {
            limit = Long.parseLong(value.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new TypeConversionException(LanguageOption.commandLine().get("cli.usage.moveLimit", value));
        }
        if (limit < 1) {
            throw new TypeConversionException(LanguageOption.commandLine().get("cli.usage.moveLimitPositive", value));
        }
        return limit;
    }
}
