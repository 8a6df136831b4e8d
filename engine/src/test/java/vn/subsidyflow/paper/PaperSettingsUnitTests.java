package vn.subsidyflow.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PaperSettingsUnitTests {

    @EnableConfigurationProperties(PaperSettings.class)
    static class Bound {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void theDefaultsAreTheDepartmentOfHaTinhSigningForItsDirector() {
        runner.run(context -> {
            PaperSettings settings = context.getBean(PaperSettings.class);
            assertThat(settings).isEqualTo(PaperSettings.defaults());
            assertThat(settings.signerTitleLines()).containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
            assertThat(settings.signerName()).isEmpty();
        });
    }

    @Test
    void anotherDepartmentAndADirectorSigningHimselfAreSettings() {
        runner.withPropertyValues("subsidyflow.papers.authority=UBND TỈNH NGHỆ AN", "subsidyflow.papers.place=Nghệ An",
                "subsidyflow.papers.signer-title=GIÁM ĐỐC", "subsidyflow.papers.signer-name=Nguyễn Văn An").run(context -> {
            PaperSettings settings = context.getBean(PaperSettings.class);
            assertThat(settings.authority()).isEqualTo("UBND TỈNH NGHỆ AN");
            assertThat(settings.place()).isEqualTo("Nghệ An");
            assertThat(settings.signerTitleLines()).containsExactly("GIÁM ĐỐC");
            assertThat(settings.signerName()).isEqualTo("Nguyễn Văn An");
        });
    }

    @Test
    void aBlankBodyStopsTheStartNamingTheProperty() {
        runner.withPropertyValues("subsidyflow.papers.body= ").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("subsidyflow.papers.body"));
        assertThatThrownBy(() -> new PaperSettings("x", "y", "z", "t", "n".repeat(121)))
                .hasMessageContaining("subsidyflow.papers.signer-name");
    }
}
