package vn.subsidyflow.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.cache.CacheKey;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Which mapper statements the tests really ran, so that a statement added to a mapper XML without a
 * test fails the build: a {@code *MapperTests} class must run every statement of its mapper (the XML
 * is read, not a list kept by hand), and {@code MapperCoverageUnitTests} checks that every mapper XML
 * has such a class.
 */
public final class StatementsRun implements BeforeAllCallback, AfterAllCallback {

    private static final Set<String> RUN = ConcurrentHashMap.newKeySet();
    private static final Pattern STATEMENT = Pattern.compile("<(select|insert|update|delete)\\s+id=\"([^\"]+)\"");

    @Override
    public void beforeAll(ExtensionContext context) {
        RUN.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        String mapper = mapperOf(context.getRequiredTestClass());
        Set<String> missing = new TreeSet<>();
        for (String id : statementsOf(mapper)) {
            if (!RUN.contains(mapper + "." + id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            throw new AssertionError(context.getRequiredTestClass().getSimpleName() + " ran no test of " + mapper
                    + "'s statements " + missing);
        }
    }

    /** {@code vn.subsidyflow.calendar.HolidayMapperTests} tests {@code vn.subsidyflow.calendar.HolidayMapper}. */
    static String mapperOf(Class<?> testClass) {
        return testClass.getName().substring(0, testClass.getName().length() - "Tests".length());
    }

    /** The ids of every statement in the mapper's XML (beside the interface, as MyBatis finds it). */
    public static Set<String> statementsOf(String mapper) throws IOException {
        String resource = mapper.replace('.', '/') + ".xml";
        try (InputStream in = StatementsRun.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("No mapper XML " + resource);
            }
            Matcher m = STATEMENT.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Set<String> ids = new TreeSet<>();
            while (m.find()) {
                ids.add(m.group(2));
            }
            return ids;
        }
    }

    /** Notes each statement MyBatis executes (queries, cursors and updates alike). */
    @Intercepts({
            @Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class}),
            @Signature(type = Executor.class, method = "query",
                    args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}),
            @Signature(type = Executor.class, method = "query",
                    args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class, CacheKey.class,
                            BoundSql.class}),
            @Signature(type = Executor.class, method = "queryCursor",
                    args = {MappedStatement.class, Object.class, RowBounds.class})})
    static final class Recorder implements Interceptor {

        @Override
        public Object intercept(Invocation invocation) throws Throwable {
            RUN.add(((MappedStatement) invocation.getArgs()[0]).getId());
            return invocation.proceed();
        }
    }
}
