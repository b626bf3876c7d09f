package course.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Two small SVG charts for docs/benchmarks.md: lines (speedup vs workers) and bars (start cost). */
final class Chart {

    private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b"};
    private static final int W = 640;
    private static final int H = 360;
    private static final int LEFT = 60;
    private static final int RIGHT = 200;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;

    private Chart() {
    }

    /** One line per series; x = workers, y = speedup. A dashed diagonal shows ideal scaling up to the core count. */
    static String lines(String title, List<Integer> xs, Map<String, List<Double>> series, int cores) {
        double maxY = Math.max(cores, series.values().stream().flatMap(List::stream).mapToDouble(d -> d).max().orElse(1));
        maxY = Math.ceil(maxY + 0.5);
        int maxX = xs.get(xs.size() - 1);
        StringBuilder svg = header(title);
        double plotW = W - LEFT - RIGHT;
        double plotH = H - TOP - BOTTOM;
        for (int y = 0; y <= maxY; y++) {
            double py = TOP + plotH - plotH * y / maxY;
            svg.append(f("<line x1='%d' y1='%.1f' x2='%.1f' y2='%.1f' stroke='#ddd'/>%n", LEFT, py, LEFT + plotW, py));
            svg.append(f("<text x='%d' y='%.1f' font-size='12' text-anchor='end'>%d×</text>%n", LEFT - 6, py + 4, y));
        }
        for (int x : xs) {
            double px = LEFT + plotW * (x - 1) / Math.max(1, maxX - 1);
            svg.append(f("<text x='%.1f' y='%d' font-size='12' text-anchor='middle'>%d</text>%n", px, H - BOTTOM + 18, x));
        }
        svg.append(f("<text x='%.1f' y='%d' font-size='12' text-anchor='middle'>workers</text>%n", LEFT + plotW / 2, H - 12));
        double idealX = LEFT + plotW * (cores - 1) / Math.max(1, maxX - 1);
        double idealY = TOP + plotH - plotH * cores / maxY;
        svg.append(f("<line x1='%d' y1='%.1f' x2='%.1f' y2='%.1f' stroke='#999' stroke-dasharray='4 4'/>%n",
                LEFT, TOP + plotH - plotH / maxY, idealX, idealY));
        int i = 0;
        for (var entry : series.entrySet()) {
            String colour = COLOURS[i % COLOURS.length];
            StringBuilder points = new StringBuilder();
            for (int k = 0; k < xs.size() && k < entry.getValue().size(); k++) {
                double px = LEFT + plotW * (xs.get(k) - 1) / Math.max(1, maxX - 1);
                double py = TOP + plotH - plotH * entry.getValue().get(k) / maxY;
                points.append(f("%.1f,%.1f ", px, py));
                svg.append(f("<circle cx='%.1f' cy='%.1f' r='3' fill='%s'/>%n", px, py, colour));
            }
            svg.append(f("<polyline points='%s' fill='none' stroke='%s' stroke-width='2'/>%n", points.toString().strip(), colour));
            legend(svg, i, entry.getKey(), colour);
            i++;
        }
        legend(svg, i, "ideal (up to " + cores + " cores)", "#999");
        return svg.append("</svg>\n").toString();
    }

    /** Horizontal bars on a log scale: the start + join cost of each kind, in milliseconds. */
    static String bars(String title, Map<String, Double> millis) {
        StringBuilder svg = header(title);
        double plotW = W - 230 - 80;
        double maxLog = Math.ceil(Math.log10(millis.values().stream().mapToDouble(d -> d).max().orElse(1)));
        double minLog = Math.floor(Math.log10(millis.values().stream().mapToDouble(d -> d).min().orElse(1)));
        double span = Math.max(1, maxLog - minLog);
        double barH = (H - TOP - BOTTOM) / (double) Math.max(1, millis.size());
        int i = 0;
        for (var entry : millis.entrySet()) {
            double y = TOP + i * barH;
            double width = plotW * (Math.log10(entry.getValue()) - minLog) / span;
            svg.append(f("<text x='225' y='%.1f' font-size='12' text-anchor='end'>%s</text>%n", y + barH / 2 + 4, escape(entry.getKey())));
            svg.append(f("<rect x='230' y='%.1f' width='%.1f' height='%.1f' fill='%s'/>%n", y + 3, Math.max(1, width), barH - 6,
                    entry.getKey().startsWith("Python") ? COLOURS[1] : COLOURS[0]));
            svg.append(f("<text x='%.1f' y='%.1f' font-size='12'>%s ms</text>%n", 234 + Math.max(1, width), y + barH / 2 + 4, Report.ms(entry.getValue())));
            i++;
        }
        svg.append(f("<text x='230' y='%d' font-size='11' fill='#555'>log scale: each step right is ×10</text>%n", H - 12));
        return svg.append("</svg>\n").toString();
    }

    private static StringBuilder header(String title) {
        return new StringBuilder(f("<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' font-family='sans-serif'>%n", W, H))
                .append(f("<rect width='%d' height='%d' fill='white'/>%n", W, H))
                .append(f("<text x='%d' y='24' font-size='15' font-weight='bold'>%s</text>%n", LEFT, escape(title)));
    }

    private static void legend(StringBuilder svg, int i, String name, String colour) {
        int y = TOP + 10 + i * 20;
        svg.append(f("<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='%s' stroke-width='3'/>%n", W - RIGHT + 15, y, W - RIGHT + 35, y, colour));
        svg.append(f("<text x='%d' y='%d' font-size='12'>%s</text>%n", W - RIGHT + 40, y + 4, escape(name)));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
