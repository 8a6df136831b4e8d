package vn.subsidyflow.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.subsidyflow.database.MapperTestSupport;

class IdempotencyMapperTests extends MapperTestSupport {

    @Autowired
    IdempotencyMapper records;

    @Test
    void aKeyIsClaimedOnceThenCompletedWithTheResponse() {
        String key = UUID.randomUUID().toString();
        assertThat(records.find("finance", key)).isNull();

        assertThat(records.claim("finance", key, "fp-1")).isEqualTo(1);
        assertThat(records.claim("finance", key, "fp-2")).isZero();
        assertThat(records.find("finance", key)).isEqualTo(new IdempotencyMapper.Stored("fp-1", null, null));

        assertThat(records.complete("finance", key, 201, "{\"id\":7}")).isEqualTo(1);
        assertThat(records.find("finance", key)).isEqualTo(new IdempotencyMapper.Stored("fp-1", 201, "{\"id\":7}"));
        // The scope is part of the key: another user's same key is another record.
        assertThat(records.find("admin", key)).isNull();
        assertThat(records.claim("admin", key, "fp-3")).isEqualTo(1);
    }
}
