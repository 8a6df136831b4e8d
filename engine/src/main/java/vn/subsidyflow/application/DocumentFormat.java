package vn.subsidyflow.application;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats a scanned or exported paper may arrive in, each with its media type and the file
 * name extensions that belong to it (the first is the one added to a name that has none).
 */
enum DocumentFormat {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png"),
    WORD_97("application/msword", "doc"),
    WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    EXCEL_97("application/vnd.ms-excel", "xls"),
    EXCEL("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final List<String> extensions;

    DocumentFormat(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extensions.get(0);
    }

    /** The format of a declared media type (parameters and case ignored), if it is one we take. */
    static Optional<DocumentFormat> ofMediaType(String declared) {
        String type = declared == null ? "" : declared.toLowerCase(Locale.ROOT).split(";")[0].trim();
        for (DocumentFormat format : values()) {
            if (format.mediaType.equals(type)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format a file name's extension names, if it names one of ours. */
    static Optional<DocumentFormat> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (DocumentFormat format : values()) {
            if (format.extensions.contains(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
