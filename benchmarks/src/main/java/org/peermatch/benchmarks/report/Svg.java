package org.peermatch.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Inline SVG charts, drawn by hand: no script, no external resource. */
final class Svg {

    static final String[] COLORS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf"};

    private static final int WIDTH = 660;
    private static final int HEIGHT = 300;
    private static final int LEFT = 70;
    private static final int RIGHT = 150;
    private static final int TOP = 30;
    private static final int BOTTOM = 45;

    private Svg() {
    }

    /**
     * A series of a line chart: a step function (the best value so far) extended to {@code endX}.
     *
     * @param name legend
     * @param color stroke colour
     * @param xs x values, increasing
     * @param ys y values
     * @param endX where the last step ends
     */
    record Series(String name, String color, double[] xs, double[] ys, double endX) {
    }

    /**
     * A horizontal reference line.
     *
     * @param name legend
     * @param color colour
     * @param y its value
     * @param dash SVG dash pattern
     */
    record Level(String name, String color, double y, String dash) {
    }

    /** A series of a bar chart: one value per category (NaN: no bar). */
    record Bars(String name, String color, double[] values) {
    }

    static String lineChart(String title, String xLabel, String yLabel, List<Series> series, List<Level> levels) {
        double minX = 0;
        double maxX = 0;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            maxX = Math.max(maxX, s.endX());
            for (int i = 0; i < s.xs().length; i++) {
                maxX = Math.max(maxX, s.xs()[i]);
                minY = Math.min(minY, s.ys()[i]);
                maxY = Math.max(maxY, s.ys()[i]);
            }
        }
        for (Level level : levels) {
            if (!Double.isNaN(level.y())) {
                minY = Math.min(minY, level.y());
                maxY = Math.max(maxY, level.y());
            }
        }
        if (minY > maxY) {
            minY = 0;
            maxY = 1;
        }
        if (maxY - minY < 1e-9) {
            maxY += 1;
            minY -= 1;
        }
        double pad = (maxY - minY) * 0.05;
        minY -= pad;
        maxY += pad;
        if (maxX <= 0) {
            maxX = 1;
        }
        Frame frame = new Frame(minX, maxX, minY, maxY);
        StringBuilder svg = open(title);
        frame.axes(svg, xLabel, yLabel);
        int legend = 0;
        for (Level level : levels) {
            if (Double.isNaN(level.y())) {
                continue;
            }
            double y = frame.y(level.y());
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-dasharray=\"%s\"/>\n",
                    LEFT, y, WIDTH - RIGHT, y, level.color(), level.dash()));
            legend(svg, legend++, level.name(), level.color(), level.dash());
        }
        for (Series s : series) {
            if (s.xs().length == 0) {
                continue;
            }
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < s.xs().length; i++) {
                double x = frame.x(s.xs()[i]);
                double y = frame.y(s.ys()[i]);
                if (i == 0) {
                    path.append(String.format(Locale.ROOT, "M%.1f %.1f", x, y));
                } else {
                    path.append(String.format(Locale.ROOT, " H%.1f V%.1f", x, y));
                }
            }
            path.append(String.format(Locale.ROOT, " H%.1f", frame.x(Math.max(s.endX(), s.xs()[s.xs().length - 1]))));
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(s.color())
                    .append("\" stroke-width=\"2\"/>\n");
            for (int i = 0; i < s.xs().length; i++) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>\n",
                        frame.x(s.xs()[i]), frame.y(s.ys()[i]), s.color()));
            }
            legend(svg, legend++, s.name(), s.color(), "");
        }
        return svg.append("</svg>\n").toString();
    }

    static String barChart(String title, String yLabel, List<String> categories, List<Bars> bars) {
        double maxY = 0;
        double minY = 0;
        for (Bars b : bars) {
            for (double v : b.values()) {
                if (!Double.isNaN(v)) {
                    maxY = Math.max(maxY, v);
                    minY = Math.min(minY, v);
                }
            }
        }
        if (maxY - minY < 1e-12) {
            maxY = minY + 1;
        }
        maxY += (maxY - minY) * 0.1;
        Frame frame = new Frame(0, categories.size(), minY, maxY);
        StringBuilder svg = open(title);
        frame.axes(svg, "", yLabel, categories);
        double group = (double) (WIDTH - LEFT - RIGHT) / Math.max(1, categories.size());
        double width = group * 0.8 / Math.max(1, bars.size());
        for (int b = 0; b < bars.size(); b++) {
            Bars series = bars.get(b);
            for (int c = 0; c < categories.size(); c++) {
                double v = series.values()[c];
                if (Double.isNaN(v)) {
                    continue;
                }
                double x = LEFT + c * group + group * 0.1 + b * width;
                double y0 = frame.y(0);
                double y1 = frame.y(v);
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                                + "<title>%s, %s: %s</title></rect>\n",
                        x, Math.min(y0, y1), width, Math.max(0.5, Math.abs(y1 - y0)), series.color(),
                        escape(series.name()), escape(categories.get(c)), escape(label(v))));
                svg.append(String.format(Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%.1f\" font-size=\"9\" text-anchor=\"middle\">%s</text>\n",
                        x + width / 2, Math.min(y0, y1) - 3, escape(label(v))));
            }
            legend(svg, b, series.name(), series.color(), "");
        }
        return svg.append("</svg>\n").toString();
    }

    private static String label(double v) {
        double a = Math.abs(v);
        if (v == Math.rint(v) && a < 100_000) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 100_000) {
            return String.format(Locale.ROOT, "%.0fk", v / 1000);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static StringBuilder open(String title) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\" font-family=\"sans-serif\" font-size=\"11\">\n",
                WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<title>").append(escape(title)).append("</title>\n");
        svg.append(String.format(Locale.ROOT,
                "<text x=\"%d\" y=\"18\" font-size=\"13\" font-weight=\"bold\">%s</text>\n", LEFT, escape(title)));
        return svg;
    }

    private static void legend(StringBuilder svg, int index, String name, String color, String dash) {
        int y = TOP + 10 + index * 16;
        int x = WIDTH - RIGHT + 10;
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"%s/>\n", x, y - 4,
                x + 18, y - 4, color, dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\""));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>\n", x + 24, y, escape(name)));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Maps data to the plotting area. */
    private record Frame(double minX, double maxX, double minY, double maxY) {

        double x(double value) {
            return LEFT + (value - minX) / (maxX - minX) * (WIDTH - LEFT - RIGHT);
        }

        double y(double value) {
            return HEIGHT - BOTTOM - (value - minY) / (maxY - minY) * (HEIGHT - TOP - BOTTOM);
        }

        void axes(StringBuilder svg, String xLabel, String yLabel) {
            axes(svg, xLabel, yLabel, null);
            for (double tick : ticks(minX, maxX)) {
                svg.append(String.format(Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n", x(tick), HEIGHT - BOTTOM + 14,
                        escape(label(tick))));
            }
        }

        void axes(StringBuilder svg, String xLabel, String yLabel, List<String> categories) {
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>\n", LEFT, HEIGHT - BOTTOM,
                    WIDTH - RIGHT, HEIGHT - BOTTOM));
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>\n", LEFT, TOP, LEFT,
                    HEIGHT - BOTTOM));
            for (double tick : ticks(minY, maxY)) {
                double y = y(tick);
                svg.append(String.format(Locale.ROOT,
                        "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>\n", LEFT, y,
                        WIDTH - RIGHT, y));
                svg.append(String.format(Locale.ROOT,
                        "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n", LEFT - 4, y + 4,
                        escape(label(tick))));
            }
            if (categories != null) {
                double group = (double) (WIDTH - LEFT - RIGHT) / Math.max(1, categories.size());
                for (int c = 0; c < categories.size(); c++) {
                    svg.append(String.format(Locale.ROOT,
                            "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"10\">%s</text>\n",
                            LEFT + (c + 0.5) * group, HEIGHT - BOTTOM + 14, escape(categories.get(c))));
                }
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>\n",
                    LEFT + (WIDTH - LEFT - RIGHT) / 2, HEIGHT - 8, escape(xLabel)));
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"14\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 14 %d)\">%s</text>\n",
                    TOP + (HEIGHT - TOP - BOTTOM) / 2, TOP + (HEIGHT - TOP - BOTTOM) / 2, escape(yLabel)));
        }
    }

    /** @return about five round ticks between the bounds */
    static List<Double> ticks(double min, double max) {
        List<Double> ticks = new ArrayList<>();
        double range = max - min;
        if (!(range > 0)) {
            return ticks;
        }
        double raw = range / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (magnitude * factor >= raw) {
                step = magnitude * factor;
                break;
            }
        }
        for (double t = Math.ceil(min / step) * step; t <= max + 1e-12; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return ticks;
    }
}
