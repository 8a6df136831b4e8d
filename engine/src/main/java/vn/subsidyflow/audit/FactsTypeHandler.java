package vn.subsidyflow.audit;

import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.subsidyflow.database.TextColumnTypeHandler;

/** A trail row's facts as one JSON object in a text column; null when the row has none (rows written before facts). */
public class FactsTypeHandler extends TextColumnTypeHandler<Map<String, Object>> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    @Override
    protected String format(Map<String, Object> facts) {
        return facts.isEmpty() ? null : JSON.writeValueAsString(facts);
    }

    @Override
    protected Map<String, Object> parse(String text) {
        return text == null || text.isBlank() ? null : JSON.readValue(text, MAP);
    }
}
