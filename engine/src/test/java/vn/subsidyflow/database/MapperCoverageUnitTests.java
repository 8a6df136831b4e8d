package vn.subsidyflow.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every mapper XML of the engine has a {@code *MapperTests} class, which in turn runs each of its statements. */
class MapperCoverageUnitTests {

    @Test
    void everyMapperHasMapperTestsThatCheckTheirStatements() throws IOException {
        Resource[] xmls = new PathMatchingResourcePatternResolver().getResources("classpath*:vn/subsidyflow/**/*Mapper.xml");
        assertThat(xmls).hasSizeGreaterThanOrEqualTo(11);
        List<String> untested = new ArrayList<>();
        for (Resource xml : xmls) {
            String path = xml.getURL().toString();
            String mapper = path.substring(path.indexOf("vn/subsidyflow/"), path.length() - ".xml".length()).replace('/', '.');
            try {
                Class<?> tests = Class.forName(mapper + "Tests");
                if (!MapperTestSupport.class.isAssignableFrom(tests)) {
                    untested.add(mapper + "Tests does not extend MapperTestSupport");
                }
            } catch (ClassNotFoundException e) {
                untested.add(mapper + " has no " + mapper.substring(mapper.lastIndexOf('.') + 1) + "Tests");
            }
        }
        assertThat(untested).isEmpty();
    }
}
