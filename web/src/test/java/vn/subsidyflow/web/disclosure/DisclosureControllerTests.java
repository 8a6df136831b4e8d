package vn.subsidyflow.web.disclosure;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.report.DisclosedSupport;
import vn.subsidyflow.report.Disclosures;
import vn.subsidyflow.web.security.ApiSlice;

/** The public disclosure at the edge: open without sign-in, the item named in the reader's language. */
@WebMvcTest(DisclosureController.class)
@Import(ApiSlice.class)
class DisclosureControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Disclosures disclosures;

    @Test
    void anyoneReadsTheYearsDecidedSupport() throws Exception {
        given(disclosures.year(2025, Category.MANAGEMENT_SYSTEM, 1, 20)).willReturn(new Disclosures.Page(2025,
                Category.MANAGEMENT_SYSTEM, 1, 20, 21, List.of(new DisclosedSupport("Công ty A", "ISO_9001", "Áp dụng ISO 9001",
                "Adopting ISO 9001", 15_000_000, "12/QĐ-SKHCN", LocalDate.of(2025, 3, 4)))));
        mvc.perform(get("/api/v1/disclosure").param("year", "2025").param("category", "MANAGEMENT_SYSTEM").param("page", "1")
                        .param("size", "20").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(21))
                .andExpect(jsonPath("$.items[0].businessName").value("Công ty A"))
                .andExpect(jsonPath("$.items[0].supportItemName").value("Adopting ISO 9001"))
                .andExpect(jsonPath("$.items[0].amountVnd").value(15_000_000))
                .andExpect(jsonPath("$.items[0].decisionDate").value("2025-03-04"));
    }

    @Test
    void aBadPageIsRefusedBeforeTheDatabase() throws Exception {
        mvc.perform(get("/api/v1/disclosure").param("page", "-1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_PAGE"));
    }
}
