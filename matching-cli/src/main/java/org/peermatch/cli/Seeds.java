package org.peermatch.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a random seed: any whole number that fits in 64 bits. */
final class Seeds implements ITypeConverter<Long> {

    @Override
    public Long convert(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException(LanguageOption.commandLine().get("cli.usage.seed", value));
        }
    }
}
