package vn.subsidyflow.web.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.subsidyflow.statistics.LeaderStatistics.MonthCount;

/**
 * Two charts of the months, drawn as inline SVG by the template (no JavaScript; the table beside
 * them gives screen readers the same figures): dossiers received and settled per month as bars,
 * and the on-time rate per month as a line. Coordinates are in the SVG's own units. Public, as the
 * template reads it by reflection.
 */
public record MonthlyChart(List<Bar> bars, long scale, String onTimeLine, List<Dot> dots) {

    static final int WIDTH = 720;
    static final int HEIGHT = 220;
    static final int LEFT = 44;
    static final int BOTTOM = 28;
    static final int TOP = 12;

    /** One month: its label and the two bars' x, y and height. */
    public record Bar(String label, double x, double slot, double receivedY, double receivedHeight, double settledY,
               double settledHeight, long received, long settled) {
    }

    public record Dot(double x, double y, double pct) {
    }

    static MonthlyChart of(List<MonthCount> months) {
        long scale = Math.max(1, months.stream().mapToLong(m -> Math.max(m.received(), m.settled())).max().orElse(1));
        double plot = HEIGHT - BOTTOM - TOP;
        double slot = (WIDTH - LEFT) / (double) Math.max(1, months.size());
        double bar = slot * 0.35;
        List<Bar> bars = new ArrayList<>();
        List<Dot> dots = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            MonthCount m = months.get(i);
            double x = LEFT + i * slot;
            double received = plot * m.received() / scale;
            double settled = plot * m.settled() / scale;
            bars.add(new Bar(String.format(Locale.ROOT, "%02d/%02d", m.month().getMonthValue(), m.month().getYear() % 100),
                    round(x), round(bar), round(HEIGHT - BOTTOM - received), round(received), round(HEIGHT - BOTTOM - settled),
                    round(settled), m.received(), m.settled()));
            if (m.onTimePct() != null) {
                dots.add(new Dot(round(x + slot / 2), round(HEIGHT - BOTTOM - plot * m.onTimePct() / 100), m.onTimePct()));
            }
        }
        String line = dots.stream().map(d -> d.x() + "," + d.y()).collect(Collectors.joining(" "));
        return new MonthlyChart(bars, scale, line, dots);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
