package vn.subsidyflow.web.application;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import vn.subsidyflow.web.support.UiTestSupport;

/** The dossier pages draw the process as SVG in the reader's language, the step the dossier is at marked. */
class UiDiagramTests extends UiTestSupport {

    @Test
    void shouldDrawTheOwnersDossierAsSvgWithItsCurrentStepMarked() throws Exception {
        String me = newBusiness();
        String other = newBusiness();
        long id = filed(me, "ISO_9001", 60_000_000L);

        mvc.perform(get("/my/dossiers/{id}", id).with(as(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/dossiers/" + id + "/diagram.svg")));
        mvc.perform(get("/dossiers/{id}/diagram.svg", id).with(as(me))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("image/svg+xml")))
                .andExpect(content().string(containsString("<g id=\"intake\" class=\"current\">")))
                .andExpect(content().string(containsString(">Tổ chức đề nghị</text>")))
                .andExpect(content().string(not(containsString("Intake check"))));
        mvc.perform(get("/dossiers/{id}/diagram.svg", id).param("lang", "en").with(as(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Intake check")));
        mvc.perform(get("/dossiers/{id}/diagram.svg", id).with(as(other))).andExpect(status().isNotFound());
    }
}
