package vn.subsidyflow.web.problem;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.subsidyflow.shared.ProblemCode;

/**
 * Puts the catalogue into the OpenAPI document: a {@code Problem} schema whose {@code code} is an
 * enum of every code, each described with its statuses and meaning, taken from the catalogue itself
 * so the document cannot drift from what the API answers.
 */
@Configuration(proxyBeanMethods = false)
class ProblemDocumentation {

    static final String SCHEMA = "Problem";

    @Bean
    OpenApiCustomizer problemSchema() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSchemas(SCHEMA, problem());
        };
    }

    static Schema<?> problem() {
        List<ProblemCode> codes = ProblemCatalogue.all();
        StringSchema code = new StringSchema();
        code.setEnum(codes.stream().map(ProblemCode::name).toList());
        code.setDescription("The stable machine-readable code; clients branch on it, never on `detail`.\n\n"
                + codes.stream().map(ProblemDocumentation::line).collect(Collectors.joining("\n")));
        code.addExtension("x-enum-descriptions", codes.stream().map(ProblemCode::meaning).toList());

        StringSchema errorCode = new StringSchema();
        errorCode.setDescription("A catalogued code of the constraint, or one of: "
                + Arrays.stream(ConstraintCode.values()).map(c -> "`" + c.name() + "` " + c.meaning())
                        .collect(Collectors.joining("; ")));
        ObjectSchema error = new ObjectSchema();
        error.addProperty("field", new StringSchema().description("The field, parameter or header, as the client named it"));
        error.addProperty("code", errorCode);
        error.addProperty("message", new StringSchema());

        ObjectSchema problem = new ObjectSchema();
        problem.setDescription("RFC 9457 problem details (application/problem+json), the one form every error of the API takes");
        problem.addProperty("type", new StringSchema().format("uri")
                .description("https://subsidyflow.vn/problems/ followed by the code in lower case with hyphens"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema().description("The HTTP status"));
        problem.addProperty("detail", new StringSchema().description("What went wrong, for a person to read"));
        problem.addProperty("instance", new StringSchema().format("uri-reference"));
        problem.addProperty("code", code);
        problem.addProperty("field", new StringSchema().description("The field at fault, when there is one"));
        problem.addProperty("errors", new ArraySchema().items(error).description("Every refused value (VALIDATION_FAILED and named validation codes)"));
        problem.setRequired(List.of("type", "status", "code"));
        return problem;
    }

    private static String line(ProblemCode code) {
        return "- `" + code.name() + "` (" + ProblemCatalogue.statusText(code) + "): " + code.meaning();
    }
}
