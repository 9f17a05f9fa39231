package org.peermatch.core.text;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sentences a user reads, in English or French, taken from the resource bundles under
 * {@code org/peermatch/core/text/}.
 *
 * <p>A key's first segment names its bundle: {@code report.headline.gaps} lives in {@code report.properties}
 * (English) and {@code report_fr.properties} (French). Each bundle holds one key per sentence; a value is a
 * {@link MessageFormat} pattern, so an apostrophe is written {@code ''} (French text uses the typographic ’
 * instead) and a number that must not be grouped (a year, a count of minutes shown as digits) is written
 * {@code {0,number,#}} or passed as a string. {@code BundlesTest} checks that both languages hold the same keys with
 * the same arguments.
 *
 * <p>Instances are immutable and thread-safe. The platform's default locale is never consulted: the language is
 * always the one asked for, so outputs do not depend on the machine.
 */
public final class Messages {

    /** The languages peer-match speaks, English first (the default). */
    public static final List<String> LANGUAGES = List.of("en", "fr");

    private static final String BASE = "org.peermatch.core.text.";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    private static final Messages FRENCH = new Messages(Locale.FRENCH);

    private final Locale locale;
    private final Map<String, ResourceBundle> bundles = new ConcurrentHashMap<>();
    private final DateTimeFormatter longDate;

    private Messages(Locale locale) {
        this.locale = locale;
        this.longDate = DateTimeFormatter.ofPattern(get("common.date.long"), locale);
    }

    /** @return the English sentences */
    public static Messages english() {
        return ENGLISH;
    }

    /** @return the French sentences */
    public static Messages french() {
        return FRENCH;
    }

    /**
     * @param language a language tag such as {@code fr}, {@code fr-FR} or {@code en}; case is ignored
     * @return the messages of that language
     * @throws IllegalArgumentException when peer-match does not speak it (the message lists {@link #LANGUAGES})
     */
    public static Messages forLanguage(String language) {
        Objects.requireNonNull(language, "language");
        String primary = Locale.forLanguageTag(language.strip().replace('_', '-')).getLanguage();
        return switch (primary) {
            case "en" -> ENGLISH;
            case "fr" -> FRENCH;
            default -> throw new IllegalArgumentException(
                    "\"" + language + "\" is not a language peer-match speaks; use one of " + LANGUAGES);
        };
    }

    /** @return whether {@link #forLanguage} accepts this tag */
    public static boolean speaks(String language) {
        if (language == null || language.isBlank()) {
            return false;
        }
        return LANGUAGES.contains(Locale.forLanguageTag(language.strip().replace('_', '-')).getLanguage());
    }

    /** @return the locale of this language, used for dates and numbers */
    public Locale locale() {
        return locale;
    }

    /** @return {@code en} or {@code fr} */
    public String language() {
        return locale.getLanguage();
    }

    /**
     * @param key a key such as {@code report.headline.gaps}
     * @param arguments the values of the pattern's {@code {0}}, {@code {1}}…
     * @return the sentence in this language
     * @throws IllegalArgumentException when no bundle holds the key
     */
    public String get(String key, Object... arguments) {
        String pattern = pattern(key);
        if (arguments.length == 0 && pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** @return whether a bundle of this language holds the key */
    public boolean has(String key) {
        try {
            pattern(key);
            return true;
        } catch (IllegalArgumentException missing) {
            return false;
        }
    }

    /** @return e.g. "Tuesday 14 March 2027" or "mardi 14 mars 2027" */
    public String date(LocalDate date) {
        return longDate.format(date);
    }

    /** @return the texts joined as "A, B and C" or "A, B et C"; the single text alone; empty for none */
    public String and(List<String> texts) {
        return switch (texts.size()) {
            case 0 -> "";
            case 1 -> texts.get(0);
            default -> get("common.list.and",
                    String.join(get("common.list.separator"), texts.subList(0, texts.size() - 1)),
                    texts.get(texts.size() - 1));
        };
    }

    /** @return the texts joined as "A; B; C" or, with French spacing, "A ; B ; C"; empty for none */
    public String semicolons(List<String> texts) {
        return String.join(get("common.list.semicolon"), texts);
    }

    /** @return the word every piece of advice starts with: "Maybe" or "Peut-être" */
    public String maybe() {
        return get("common.maybe");
    }

    private String pattern(String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            throw new IllegalArgumentException("\"" + key + "\" is not a message key (bundle.name…)");
        }
        String family = key.substring(0, dot);
        ResourceBundle bundle = bundles.computeIfAbsent(family, this::load);
        try {
            return bundle.getString(key);
        } catch (MissingResourceException missing) {
            throw new IllegalArgumentException("No message \"" + key + "\" in " + family + ".properties", missing);
        }
    }

    private ResourceBundle load(String family) {
        try {
            return ResourceBundle.getBundle(BASE + family, locale, Messages.class.getClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException missing) {
            throw new IllegalArgumentException("No message bundle " + family + ".properties", missing);
        }
    }

    @Override
    public String toString() {
        return "Messages[" + language() + "]";
    }
}
