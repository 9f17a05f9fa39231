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

    /** @return the words for a reference kind, e.g. {@code optimum (CP-SAT)}, {@code LP bound}, {@code flow bound} */
    static String referenceLabel(String kind) {
        return switch (kind) {
            case "cp-sat-optimum" -> "optimum (CP-SAT)";
            case "mip-optimum" -> "optimum (SCIP)";
            case "stated-optimum" -> "optimum (proven outside the run, see References)";
            case "cp-sat-bound" -> "CP-SAT bound";
            case "mip-bound" -> "SCIP bound";
            case "lagrangian-bound" -> "Lagrangian bound";
            case "lp-bound" -> "LP bound";
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
