package vn.subsidyflow.web.catalog;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
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
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.catalog.DocumentKind;
import vn.subsidyflow.catalog.PolicyCatalog;
import vn.subsidyflow.catalog.SupportItem;
import vn.subsidyflow.web.security.ApiSlice;

@WebMvcTest(SupportItemController.class)
@Import(ApiSlice.class)
class SupportItemControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    PolicyCatalog catalog;
    @MockitoBean
    WorkingDayCalendar calendar;

    @Test
    void anyoneReadsTheItemsInForceToday() throws Exception {
        LocalDate today = LocalDate.of(2026, 3, 2);
        given(calendar.today()).willReturn(today);
        given(catalog.itemsInForce(today)).willReturn(List.of(new SupportItem(7, 1, "NQ95", "ISO_9001",
                Category.MANAGEMENT_SYSTEM, "ISO 9001", "ISO 9001", 50, 50_000_000L, "PER_APPLICATION", 1,
                List.of(DocumentKind.APPLICATION_FORM), List.of(DocumentKind.CERTIFICATE), "NQ 95", true,
                LocalDate.of(2023, 1, 1), null)));

        mvc.perform(get("/api/v1/support-items"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("ISO_9001"))
                .andExpect(jsonPath("$[0].capVnd").value(50_000_000L))
                .andExpect(jsonPath("$[0].requiredDocuments[0]").value("APPLICATION_FORM"))
                .andExpect(jsonPath("$[0].effectiveFrom").value("2023-01-01"))
                .andExpect(jsonPath("$[0].id").doesNotExist());
    }

    @Test
    void theItemsInForceOnAnotherDayAreReadWithOnAndABadDayIsRefused() throws Exception {
        LocalDate day = LocalDate.of(2022, 6, 1);
        given(catalog.itemsInForce(day)).willReturn(List.of(new SupportItem(3, 2, "NQ215", "TCVN_CONFORMITY",
                Category.CONFORMITY_CERTIFICATION, "TCVN", "TCVN", 30, 15_000_000L, "PER_PRODUCT", 0,
                List.of(DocumentKind.APPLICATION_FORM), List.of(DocumentKind.CERTIFICATE), "NQ 215", true,
                LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31))));

        mvc.perform(get("/api/v1/support-items").param("on", "2022-06-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].policyCode").value("NQ215"))
                .andExpect(jsonPath("$[0].effectiveTo").value("2022-12-31"));
        mvc.perform(get("/api/v1/support-items").param("on", "01/06/2022"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
        mvc.perform(get("/api/v1/support-items").param("on", "+10000-01-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_DATE"));
        verifyNoInteractions(calendar);
    }
}
