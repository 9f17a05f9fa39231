package org.peermatch.benchmarks.report;

import java.util.Locale;

/** Number formatting shared by the writers: NaN is written as a dash, everything in the root locale. */
final class Formats {

    private Formats() {
    }

    static String number(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "–";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** For the CSV: empty when NaN, plain digits otherwise. */
    static String csv(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** @return the words for a reference kind: {@code optimum}, {@code cp-sat bound}, {@code flow bound} */
    static String referenceLabel(String kind) {
        return switch (kind) {
            case "cp-sat-bound" -> "CP-SAT bound";
            case "flow-bound" -> "flow bound";
            default -> kind;
        };
    }

    static String integer(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return String.format(Locale.ROOT, "%,d", Math.round(value));
    }
}
