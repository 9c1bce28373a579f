package dev.kontor.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * Small PNG charts for the report, drawn with the JDK's Java2D (headless; no chart library to
 * fetch): grouped horizontal bars (latency per scenario) and lines over a logarithmic x axis
 * (latency against data size).
 */
public final class PngChart {

    private static final Color[] PALETTE = {new Color(0x06, 0x63, 0xD6), new Color(0xF0, 0xAB, 0x00),
            new Color(0xC9, 0x19, 0x0B), new Color(0x3E, 0x86, 0x35)};
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);

    private PngChart() {}

    /**
     * Horizontal grouped bars: one group per category (scenario), one bar per series (median, p95,
     * p99), values labelled in {@code unit}.
     */
    public static void bars(Path file, String title, String unit, List<String> categories,
                            Map<String, double[]> series) throws IOException {
        int labelWidth = 430, barHeight = 14, groupGap = 14, width = 1100, top = 70;
        int groupHeight = series.size() * barHeight + groupGap;
        int height = top + categories.size() * groupHeight + 40;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image, title);
        legend(g, new ArrayList<>(series.keySet()), labelWidth, 48);
        double max = series.values().stream().flatMapToDouble(java.util.Arrays::stream)
                .filter(v -> !Double.isNaN(v)).max().orElse(1);
        int plotWidth = width - labelWidth - 110;
        FontMetrics fm = g.getFontMetrics(FONT);
        for (int c = 0; c < categories.size(); c++) {
            int y0 = top + c * groupHeight;
            g.setColor(Color.DARK_GRAY);
            g.setFont(FONT);
            g.drawString(fit(categories.get(c), fm, labelWidth - 20), 10, y0 + series.size() * barHeight / 2 + 5);
            int s = 0;
            for (Map.Entry<String, double[]> e : series.entrySet()) {
                double v = e.getValue()[c];
                int w = Double.isNaN(v) ? 0 : (int) Math.round(v / max * plotWidth);
                g.setColor(PALETTE[s % PALETTE.length]);
                g.fillRect(labelWidth, y0 + s * barHeight, Math.max(w, 1), barHeight - 2);
                g.setColor(Color.DARK_GRAY);
                g.drawString(Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.1f %s", v, unit),
                        labelWidth + w + 6, y0 + s * barHeight + barHeight - 3);
                s++;
            }
        }
        g.setColor(Color.GRAY);
        g.drawLine(labelWidth, top - 4, labelWidth, height - 36);
        write(image, g, file);
    }

    /** Lines over a log10 x axis (e.g. total orders) with a linear y axis from 0. */
    public static void lines(Path file, String title, String xLabel, String yLabel, double[] x,
                             Map<String, double[]> series) throws IOException {
        int width = 900, height = 520, left = 80, right = 40, top = 80, bottom = 70;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image, title);
        legend(g, new ArrayList<>(series.keySet()), left, 48);
        double minX = Math.log10(x[0]), maxX = Math.log10(x[x.length - 1]);
        double maxY = series.values().stream().flatMapToDouble(java.util.Arrays::stream)
                .filter(v -> !Double.isNaN(v)).max().orElse(1) * 1.2;
        int pw = width - left - right, ph = height - top - bottom;
        g.setColor(Color.GRAY);
        g.drawLine(left, top + ph, left + pw, top + ph);
        g.drawLine(left, top, left, top + ph);
        g.setFont(FONT);
        for (double xv : x) {
            int px = left + (int) Math.round((Math.log10(xv) - minX) / Math.max(maxX - minX, 1e-9) * pw);
            g.drawLine(px, top + ph, px, top + ph + 5);
            g.drawString(String.format(Locale.ROOT, "%,.0f", xv), px - 20, top + ph + 22);
        }
        for (int i = 0; i <= 4; i++) {
            double yv = maxY * i / 4;
            int py = top + ph - (int) Math.round(yv / maxY * ph);
            g.setColor(new Color(0xE0, 0xE0, 0xE0));
            g.drawLine(left + 1, py, left + pw, py);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%.1f", yv), 10, py + 5);
        }
        g.drawString(xLabel, left + pw / 2 - 60, height - 20);
        g.drawString(yLabel, 10, top - 12);
        int s = 0;
        g.setStroke(new BasicStroke(2.5f));
        for (double[] ys : series.values()) {
            g.setColor(PALETTE[s++ % PALETTE.length]);
            int prevX = -1, prevY = -1;
            for (int i = 0; i < x.length; i++) {
                if (Double.isNaN(ys[i])) {
                    continue;
                }
                int px = left + (int) Math.round((Math.log10(x[i]) - minX) / Math.max(maxX - minX, 1e-9) * pw);
                int py = top + ph - (int) Math.round(ys[i] / maxY * ph);
                g.fillOval(px - 4, py - 4, 8, 8);
                if (prevX >= 0) {
                    g.drawLine(prevX, prevY, px, py);
                }
                prevX = px;
                prevY = py;
            }
        }
        write(image, g, file);
    }

    /** Series name → values, in insertion order. */
    public static Map<String, double[]> series() {
        return new LinkedHashMap<>();
    }

    private static Graphics2D canvas(BufferedImage image, String title) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(TITLE);
        g.drawString(title, 10, 26);
        return g;
    }

    private static void legend(Graphics2D g, List<String> names, int x, int y) {
        g.setFont(FONT);
        for (int i = 0; i < names.size(); i++) {
            g.setColor(PALETTE[i % PALETTE.length]);
            g.fillRect(x + i * 140, y - 11, 12, 12);
            g.setColor(Color.DARK_GRAY);
            g.drawString(names.get(i), x + i * 140 + 18, y);
        }
    }

    private static String fit(String text, FontMetrics fm, int width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 3 && fm.stringWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    private static void write(BufferedImage image, Graphics2D g, Path file) throws IOException {
        g.dispose();
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        ImageIO.write(image, "png", file.toFile());
    }
}
