package vn.subsidyflow.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.subsidyflow.database.TextColumnTypeHandler;

/** Stores a list of document kinds as one comma-separated column (a closed vocabulary, never quoted). */
public class DocumentKindsTypeHandler extends TextColumnTypeHandler<List<DocumentKind>> {

    @Override
    protected String format(List<DocumentKind> kinds) {
        return kinds.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    protected List<DocumentKind> parse(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).map(DocumentKind::valueOf).toList();
    }
}
