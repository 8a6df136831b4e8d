package vn.subsidyflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLInputFactory;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.GraphicInfo;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The lifecycle diagram reads at the page's width: cropped, worded in one language, labels large enough. */
class DiagramSvgUnitTests {

    private final BpmnModel lifecycle = lifecycle();

    @Test
    void shouldCropToTheModelAndPrintLabelsAtTwelvePixelsOrMoreAtThePagesNarrowestWidth() throws Exception {
        Document svg = parse(DiagramSvg.draw(lifecycle, Locale.forLanguageTag("vi-VN"), List.of("intake"), Set.of(), lane -> null));

        double[] viewBox = Arrays.stream(svg.getDocumentElement().getAttribute("viewBox").split(" "))
                .mapToDouble(Double::parseDouble).toArray();
        double right = lifecycle.getLocationMap().values().stream().mapToDouble(g -> g.getX() + g.getWidth()).max().orElseThrow();
        double left = lifecycle.getLocationMap().values().stream().mapToDouble(GraphicInfo::getX).min().orElseThrow();
        assertThat(viewBox[0]).isGreaterThanOrEqualTo(left - 20);
        assertThat(viewBox[2]).isLessThanOrEqualTo(right - left + 40);
        assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo("100%");
        // Labels are LABEL_PX model units; the page never draws the SVG narrower than MIN_WIDTH_PX.
        assertThat(DiagramSvg.LABEL_PX * DiagramSvg.MIN_WIDTH_PX / viewBox[2]).isGreaterThanOrEqualTo(12.0);
        assertThat(DiagramSvg.SMALL_LABEL_PX * DiagramSvg.MIN_WIDTH_PX / viewBox[2]).isGreaterThanOrEqualTo(10.0);
        assertThat(svg.getElementsByTagName("style").item(0).getTextContent())
                .contains("font-size:" + DiagramSvg.LABEL_PX + "px");
    }

    @Test
    void shouldWordTheStepsInTheReadersLanguageAndMarkTheCurrentOne() throws Exception {
        String vi = DiagramSvg.draw(lifecycle, Locale.forLanguageTag("vi-VN"), List.of("appraisal"), Set.of("intake"),
                lane -> lane.equals("laneIntake") ? "Tiếp nhận" : null);
        String en = DiagramSvg.draw(lifecycle, Locale.ENGLISH, List.of("appraisal"), Set.of("intake"), lane -> null);

        assertThat(textOf(parse(vi), "appraisal")).isEqualTo("Thẩm định");
        assertThat(textOf(parse(en), "appraisal")).isEqualTo("Appraisal");
        assertThat(textOf(parse(vi), "intake")).isEqualTo("Tiếp nhận hồ sơ");
        assertThat(vi).doesNotContain("Intake check").contains(">Tiếp nhận</text>");
        assertThat(en).doesNotContain("Tiếp nhận hồ sơ").contains(">Intake officer</text>");
        assertThat(vi).contains("<g id=\"appraisal\" class=\"current\">").contains("<g id=\"intake\" class=\"done\">");
    }

    @Test
    void shouldWrapALabelIntoLinesThatFitTheBox() {
        assertThat(DiagramSvg.wrap("Quyết định hỗ trợ", 96, DiagramSvg.LABEL_PX)).containsExactly("Quyết định", "hỗ trợ");
        assertThat(DiagramSvg.wrap("Support decision", 96, DiagramSvg.LABEL_PX)).containsExactly("Support", "decision");
    }

    private static String textOf(Document svg, String id) {
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (id.equals(g.getAttribute("id"))) {
                NodeList texts = g.getElementsByTagName("text");
                StringBuilder words = new StringBuilder();
                for (int t = 0; t < texts.getLength(); t++) {
                    words.append(t == 0 ? "" : " ").append(texts.item(t).getTextContent());
                }
                return words.toString();
            }
        }
        throw new AssertionError("no group " + id);
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static BpmnModel lifecycle() {
        try (InputStream in = DiagramSvgUnitTests.class.getResourceAsStream("/processes/support-application.bpmn20.xml")) {
            return new BpmnXMLConverter().convertToBpmnModel(XMLInputFactory.newInstance().createXMLStreamReader(in, "UTF-8"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
