package vn.subsidyflow.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.flowable.bpmn.model.Activity;
import org.flowable.bpmn.model.BaseElement;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.Event;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.Gateway;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.bpmn.model.Lane;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;

/**
 * Draws a BPMN model as SVG, cropped to what the model draws, so it scales to the page without
 * blurring. Labels are in the reader's language only (names are written "Vietnamese / English")
 * and large: {@link #LABEL_PX} model units, so that the page, which never shows the diagram
 * narrower than {@link #MIN_WIDTH_PX} pixels (scrolling sideways on a phone), prints them at 12 px
 * or more for a model up to 1 680 units wide (the lifecycle is 1 640). Current steps are marked {@code current}, steps done
 * {@code done}.
 */
final class DiagramSvg {

    static final int LABEL_PX = 18;
    static final int SMALL_LABEL_PX = 16;
    static final int MIN_WIDTH_PX = 1120;
    private static final double MARGIN = 4;
    private static final double EVENT_LABEL_WIDTH = 100;

    private final BpmnModel model;
    private final boolean english;
    private final UnaryOperator<String> laneNames;
    private final StringBuilder out = new StringBuilder();

    private DiagramSvg(BpmnModel model, Locale locale, UnaryOperator<String> laneNames) {
        this.model = model;
        this.english = "en".equals(locale.getLanguage());
        this.laneNames = laneNames;
    }

    /** The model as an SVG document; {@code laneNames} words a lane by its id (null: the model's name). */
    static String draw(BpmnModel model, Locale locale, Collection<String> current, Collection<String> done,
                       UnaryOperator<String> laneNames) {
        return new DiagramSvg(model, locale, laneNames).svg(current, done);
    }

    private String svg(Collection<String> current, Collection<String> done) {
        double[] box = bounds();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"").append(n(box[0])).append(' ').append(n(box[1]))
                .append(' ').append(n(box[2] - box[0])).append(' ').append(n(box[3] - box[1]))
                .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\">\n")
                .append("<style>text{font-family:'DejaVu Sans',Arial,sans-serif;font-size:").append(LABEL_PX)
                .append("px;fill:#1f2937}.small{font-size:").append(SMALL_LABEL_PX).append("px;fill:#475569;paint-order:stroke;stroke:#fff;stroke-width:4px;stroke-linejoin:round}")
                .append(".lane{fill:none;stroke:#cbd5e1;stroke-width:2}.lane-name{font-weight:bold;fill:#334155}")
                .append(".node{fill:#fff;stroke:#334155;stroke-width:2}.done .node{fill:#dcfce7;stroke:#15803d}")
                .append(".current .node{fill:#fef3c7;stroke:#d97706;stroke-width:5}.end{stroke-width:4}")
                .append(".flow{fill:none;stroke:#64748b;stroke-width:2}</style>\n")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\"")
                .append(" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#64748b\"/></marker></defs>\n");
        for (Process process : model.getProcesses()) {
            for (Lane lane : process.getLanes()) {
                lane(lane);
            }
        }
        for (Process process : model.getProcesses()) {
            for (FlowElement element : process.getFlowElements()) {
                if (element instanceof SequenceFlow flow) {
                    flow(flow);
                }
            }
            for (FlowElement element : process.getFlowElements()) {
                GraphicInfo at = model.getGraphicInfo(element.getId());
                if (at != null && !(element instanceof SequenceFlow)) {
                    node(element, at, current.contains(element.getId()) ? "current" : done.contains(element.getId()) ? "done" : "");
                }
            }
        }
        return out.append("</svg>\n").toString();
    }

    private double[] bounds() {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (GraphicInfo g : model.getLocationMap().values()) {
            grow(box, g.getX(), g.getY());
            grow(box, g.getX() + g.getWidth(), g.getY() + g.getHeight());
        }
        for (List<GraphicInfo> points : model.getFlowLocationMap().values()) {
            points.forEach(p -> grow(box, p.getX(), p.getY()));
        }
        // An event's name is written below it and may be wider than the event: keep it in the picture.
        for (Process process : model.getProcesses()) {
            for (FlowElement element : process.getFlowElements()) {
                GraphicInfo g = model.getGraphicInfo(element.getId());
                if (element instanceof Event && g != null) {
                    double cx = g.getX() + g.getWidth() / 2;
                    grow(box, cx - EVENT_LABEL_WIDTH / 2, g.getY());
                    grow(box, cx + EVENT_LABEL_WIDTH / 2, g.getY() + g.getHeight() + 2.5 * SMALL_LABEL_PX);
                }
            }
        }
        if (box[0] > box[2]) {
            return new double[] {0, 0, 1, 1};
        }
        return new double[] {box[0] - MARGIN, box[1] - MARGIN, box[2] + MARGIN, box[3] + MARGIN};
    }

    private static void grow(double[] box, double x, double y) {
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
    }

    private void lane(Lane lane) {
        GraphicInfo g = model.getGraphicInfo(lane.getId());
        if (g == null) {
            return;
        }
        out.append("<rect class=\"lane\" x=\"").append(n(g.getX())).append("\" y=\"").append(n(g.getY())).append("\" width=\"")
                .append(n(g.getWidth())).append("\" height=\"").append(n(g.getHeight())).append("\"/>\n");
        String name = laneNames.apply(lane.getId());
        double x = g.getX() + 24;
        double y = g.getY() + g.getHeight() / 2;
        out.append("<text class=\"lane-name\" text-anchor=\"middle\" transform=\"rotate(-90 ").append(n(x)).append(' ').append(n(y))
                .append(")\" x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\">")
                .append(escape(name != null ? name : words(lane.getName()))).append("</text>\n");
    }

    private void flow(SequenceFlow flow) {
        List<GraphicInfo> points = model.getFlowLocationGraphicInfo(flow.getId());
        if (points == null || points.size() < 2) {
            return;
        }
        out.append("<polyline class=\"flow\" marker-end=\"url(#arrow)\" points=\"");
        for (GraphicInfo p : points) {
            out.append(n(p.getX())).append(',').append(n(p.getY())).append(' ');
        }
        out.append("\"/>\n");
        GraphicInfo label = model.getLabelGraphicInfo(flow.getId());
        if (label != null && flow.getName() != null) {
            out.append("<text class=\"small\" x=\"").append(n(label.getX())).append("\" y=\"").append(n(label.getY() + SMALL_LABEL_PX))
                    .append("\">").append(escape(words(flow.getName()))).append("</text>\n");
        }
    }

    private void node(BaseElement element, GraphicInfo g, String state) {
        String name = element instanceof FlowElement f ? words(f.getName()) : "";
        out.append("<g id=\"").append(escape(element.getId())).append("\" class=\"").append(state).append("\">");
        double cx = g.getX() + g.getWidth() / 2;
        double cy = g.getY() + g.getHeight() / 2;
        if (element instanceof Event) {
            out.append("<circle class=\"node").append(element instanceof EndEvent ? " end" : "").append("\" cx=\"").append(n(cx))
                    .append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(g.getWidth() / 2)).append("\"/>");
        } else if (element instanceof Gateway) {
            out.append("<polygon class=\"node\" points=\"").append(n(cx)).append(',').append(n(g.getY())).append(' ')
                    .append(n(g.getX() + g.getWidth())).append(',').append(n(cy)).append(' ').append(n(cx)).append(',')
                    .append(n(g.getY() + g.getHeight())).append(' ').append(n(g.getX())).append(',').append(n(cy)).append("\"/>");
        } else {
            out.append("<rect class=\"node\" rx=\"10\" x=\"").append(n(g.getX())).append("\" y=\"").append(n(g.getY()))
                    .append("\" width=\"").append(n(g.getWidth())).append("\" height=\"").append(n(g.getHeight())).append("\"/>");
        }
        out.append("<title>").append(escape(name)).append("</title>");
        if (element instanceof Activity) {
            lines(wrap(name, g.getWidth() - 4, LABEL_PX), cx, cy, LABEL_PX, "");
        } else if (!name.isEmpty() && !(element instanceof Gateway) && !(element instanceof BoundaryEvent)) {
            // An event's name below it, as BPMN tools place it; gateways are read from their flows' names, and
            // an event on a task's border would write over the task (its name is the tooltip).
            GraphicInfo label = model.getLabelGraphicInfo(element.getId());
            double top = label != null ? label.getY() : g.getY() + g.getHeight() + 4;
            double mid = label != null ? label.getX() + label.getWidth() / 2 : cx;
            List<String> lines = wrap(name, EVENT_LABEL_WIDTH, SMALL_LABEL_PX);
            lines(lines, mid, top + lines.size() * SMALL_LABEL_PX * 0.6, SMALL_LABEL_PX, "small");
        }
        out.append("</g>\n");
    }

    private void lines(List<String> lines, double cx, double cy, int size, String cls) {
        double lineHeight = size * 1.15;
        double first = cy - (lines.size() - 1) * lineHeight / 2 + size * 0.35;
        for (int i = 0; i < lines.size(); i++) {
            out.append("<text").append(cls.isEmpty() ? "" : " class=\"" + cls + "\"").append(" text-anchor=\"middle\" x=\"")
                    .append(n(cx)).append("\" y=\"").append(n(first + i * lineHeight)).append("\">")
                    .append(escape(lines.get(i))).append("</text>");
        }
    }

    /** Greedy word wrap by an average glyph width of 0.52 em (DejaVu Sans and Arial, Vietnamese words and spaces). */
    static List<String> wrap(String text, double width, int size) {
        int perLine = Math.max(4, (int) (width / (size * 0.52)));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > perLine) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The reader's half of a bilingual name "Vietnamese / English"; a name in one language as it is. */
    private String words(String name) {
        if (name == null) {
            return "";
        }
        int split = name.indexOf(" / ");
        if (split < 0) {
            return name;
        }
        return (english ? name.substring(split + 3) : name.substring(0, split)).trim();
    }

    private static String n(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}
