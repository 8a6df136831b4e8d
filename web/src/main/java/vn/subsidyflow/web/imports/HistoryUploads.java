package vn.subsidyflow.web.imports;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import vn.subsidyflow.imports.HistoryImports;

/**
 * Upload limits per kind of upload. A history file of 100 000 rows is about 14 MB, over the 10 MB a
 * document may be (spring.servlet.multipart): so the container reads up to the history file's limit
 * ({@code subsidyflow.imports.max-file-bytes}), and every other upload is held to the documents'
 * limits here, answered {@code 413} as before — before its parts are read when the request says
 * it is too large, after (each file part measured) otherwise.
 */
@Configuration(proxyBeanMethods = false)
class HistoryUploads {

    /** Where a history file is sent: the API and the page. */
    static final Set<String> PATHS = Set.of("/api/v1/imports/history", "/admin/imports");
    // The multipart envelope around the file (boundaries, headers, a CSRF field).
    private static final long ENVELOPE = 64 * 1024;

    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties multipart, HistoryImports imports) {
        long file = Math.max(multipart.getMaxFileSize().toBytes(), imports.maxFileBytes());
        long request = Math.max(multipart.getMaxRequestSize().toBytes(), imports.maxFileBytes() + ENVELOPE);
        return new MultipartConfigElement(multipart.getLocation() == null ? "" : multipart.getLocation(), file, request,
                (int) multipart.getFileSizeThreshold().toBytes());
    }

    @Bean
    StandardServletMultipartResolver multipartResolver(MultipartProperties multipart, HistoryImports imports) {
        Limited resolver = new Limited(multipart.getMaxFileSize().toBytes(), multipart.getMaxRequestSize().toBytes(),
                imports.maxFileBytes() + ENVELOPE);
        resolver.setResolveLazily(multipart.isResolveLazily());
        resolver.setStrictServletCompliance(multipart.isStrictServletCompliance());
        return resolver;
    }

    static final class Limited extends StandardServletMultipartResolver {

        private final long maxFileBytes;
        private final long maxRequestBytes;
        private final long maxHistoryRequestBytes;

        Limited(long maxFileBytes, long maxRequestBytes, long maxHistoryRequestBytes) {
            this.maxFileBytes = maxFileBytes;
            this.maxRequestBytes = maxRequestBytes;
            this.maxHistoryRequestBytes = maxHistoryRequestBytes;
        }

        @Override
        public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) throws MultipartException {
            boolean history = PATHS.contains(request.getRequestURI().substring(request.getContextPath().length()));
            long maxRequest = history ? maxHistoryRequestBytes : maxRequestBytes;
            if (request.getContentLengthLong() > maxRequest) {
                throw new MaxUploadSizeExceededException(maxRequest);
            }
            MultipartHttpServletRequest parsed = super.resolveMultipart(request);
            if (!history) {
                for (List<MultipartFile> files : parsed.getMultiFileMap().values()) {
                    if (files.stream().anyMatch(f -> f.getSize() > maxFileBytes)) {
                        cleanupMultipart(parsed);
                        throw new MaxUploadSizeExceededException(maxFileBytes);
                    }
                }
            }
            return parsed;
        }
    }
}
