package vn.subsidyflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HttpApiUnitTests {

    @Test
    void shouldTakeTheCreatedIdFromTheBodyOrElseTheLocation() {
        var body = HttpApi.JSON.readTree("{\"id\":17,\"status\":\"DRAFT\"}");

        assertThat(new HttpApi.Response(201, body, "", "/api/v1/applications/99").createdId()).isEqualTo(17);
        assertThat(new HttpApi.Response(201, null, "", "http://localhost:1/api/v1/applications/42").createdId()).isEqualTo(42);
        assertThat(new HttpApi.Response(201, null, "", "/api/v1/applications/43/?x=1").createdId()).isEqualTo(43);
        assertThatThrownBy(() -> new HttpApi.Response(201, null, "", null).createdId()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldAcceptAnyOfTheExpectedStatuses() {
        HttpApi.Response noContent = new HttpApi.Response(204, null, "", null);

        assertThat(noContent.ok(200, 204)).isSameAs(noContent);
        assertThatThrownBy(() -> noContent.ok(200)).hasMessageContaining("204");
    }
}
