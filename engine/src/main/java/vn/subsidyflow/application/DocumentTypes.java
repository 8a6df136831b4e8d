package vn.subsidyflow.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/**
 * Decides what an upload really is from its first bytes (Apache Tika's magic numbers; the name and
 * the declared type are never used to detect), and takes it only when that is one of our formats
 * and the one the sender declared. Anything else — executables, scripts, HTML, SVG, XML, text — is
 * refused whatever it claims to be, because a stored file is later served back from our origin.
 */
final class DocumentTypes {

    /** An upload that passed: its format, and the file name to store (with the format's extension). */
    record Admitted(DocumentFormat format, String fileName) {
    }

    private static final int MAX_NAME_LENGTH = 255;
    private static final MimeTypes MAGIC = MimeTypes.getDefaultMimeTypes();
    /** Tika core's names for the two Office containers: OLE2 (.doc, .xls) and OOXML, a ZIP (.docx, .xlsx). */
    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");
    private static final MediaType OOXML = MediaType.application("x-tika-ooxml");
    private static final MediaType ZIP = MediaType.application("zip");
    /** Where Word and Excel 97 keep VBA projects. */
    private static final Set<String> OLE2_MACROS = Set.of("Macros", "_VBA_PROJECT_CUR", "_VBA_PROJECT", "VBA");
    private static final Map<DocumentFormat, String> MAIN_PART = Map.of(
            DocumentFormat.WORD, "word/document.xml", DocumentFormat.EXCEL, "xl/workbook.xml");

    private DocumentTypes() {
    }

    /**
     * Admits the upload or refuses it: {@code UNSUPPORTED_DOCUMENT_TYPE} when the declared or the
     * detected type is not one we take, {@code DOCUMENT_TYPE_MISMATCH} when the content, or the
     * name's extension, says another of our formats than the declared one.
     */
    static Admitted admit(String declaredType, String fileName, byte[] content) {
        DocumentFormat declared = DocumentFormat.ofMediaType(declaredType).orElseThrow(() -> new DomainFailure(
                FailureCode.UNSUPPORTED_DOCUMENT_TYPE, "Accepted formats: PDF, JPEG, PNG, Word, Excel (got '" + declaredType + "')", Map.of("field", "file")));
        MediaType detected = detect(content);
        Set<DocumentFormat> candidates = formatsOf(detected, content);
        if (candidates.isEmpty()) {
            throw unsupported("The file's content is " + detected + ", not a PDF, JPEG, PNG, Word or Excel document",
                    detected.toString());
        }
        if (!candidates.contains(declared)) {
            throw mismatch("The file was sent as " + declared.mediaType() + " but its content is " + candidates,
                    detected.toString());
        }
        DocumentFormat named = DocumentFormat.ofFileName(fileName).orElse(null);
        if (named != null && named != declared) {
            throw mismatch("The file name '" + fileName + "' says " + named + " but the file is " + declared,
                    detected.toString());
        }
        // A name without one of our extensions (none, .exe, .html…) gets the right one, so a
        // downloaded copy opens in the program for its format and never as something runnable.
        return new Admitted(declared, named == null ? withExtension(fileName, declared) : fileName);
    }

    /** The name plus the format's extension, within the column's 255 characters (the start gives way). */
    private static String withExtension(String fileName, DocumentFormat format) {
        String name = fileName + "." + format.extension();
        return name.length() > MAX_NAME_LENGTH ? name.substring(name.length() - MAX_NAME_LENGTH) : name;
    }

    private static MediaType detect(byte[] content) {
        try {
            return MAGIC.detect(new ByteArrayInputStream(content), new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Which of our formats content of this detected type can be; empty when none. Office files are
     * always judged by their container's entries, whatever name Tika gives them.
     */
    private static Set<DocumentFormat> formatsOf(MediaType detected, byte[] content) {
        String type = detected.getBaseType().toString();
        if (detected.equals(OLE2) || type.equals(DocumentFormat.WORD_97.mediaType())
                || type.equals(DocumentFormat.EXCEL_97.mediaType())) {
            return office97(content);
        }
        if (detected.equals(OOXML) || detected.equals(ZIP) || type.equals(DocumentFormat.WORD.mediaType())
                || type.equals(DocumentFormat.EXCEL.mediaType())) {
            return officeOpenXml(content);
        }
        for (DocumentFormat format : List.of(DocumentFormat.PDF, DocumentFormat.JPEG, DocumentFormat.PNG)) {
            if (format.mediaType().equals(type)) {
                return Set.of(format);
            }
        }
        return Set.of();
    }

    /**
     * A ZIP is a Word or Excel document only if it is an Office package with that format's main
     * part; one that carries macros (a .docm/.xlsm in disguise) or is any other archive is refused.
     */
    private static Set<DocumentFormat> officeOpenXml(byte[] content) {
        List<String> parts = OfficePackage.entryNames(content).orElse(List.of());
        if (!parts.contains("[Content_Types].xml") || parts.stream().anyMatch(p -> p.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))) {
            return Set.of();
        }
        return MAIN_PART.entrySet().stream().filter(e -> parts.contains(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * An OLE2 file is a Word 97 document if it has the WordDocument stream, an Excel 97 workbook if
     * it has the Workbook (or, before Excel 97, Book) stream; one with macros, and every other kind
     * of compound file — an .msi installer, a presentation, a mail — is refused.
     */
    private static Set<DocumentFormat> office97(byte[] content) {
        Set<String> entries = compoundFileEntryNames(content);
        if (entries.stream().anyMatch(OLE2_MACROS::contains)) {
            return Set.of();
        }
        if (entries.contains("WordDocument")) {
            return Set.of(DocumentFormat.WORD_97);
        }
        return entries.contains("Workbook") || entries.contains("Book") ? Set.of(DocumentFormat.EXCEL_97) : Set.of();
    }

    /**
     * The names of every storage and stream of an OLE2 compound file, at any depth (a VBA project
     * may sit in a nested storage), read with Apache POI's POIFS; none when the bytes are not a
     * readable compound file. Only the directory is read, never a stream's content.
     */
    private static Set<String> compoundFileEntryNames(byte[] content) {
        try (POIFSFileSystem file = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            Set<String> names = new HashSet<>();
            collectNames(file.getRoot(), names);
            return Set.copyOf(names);
        } catch (IOException | RuntimeException malformed) {
            // POI reports broken bytes with runtime exceptions too (e.g. RecordFormatException):
            // either way the upload is not a Word or Excel 97 file.
            return Set.of();
        }
    }

    private static void collectNames(DirectoryEntry directory, Set<String> names) {
        for (Entry entry : directory) {
            names.add(entry.getName());
            if (entry instanceof DirectoryEntry storage) {
                collectNames(storage, names);
            }
        }
    }

    private static DomainFailure unsupported(String message, String detected) {
        return new DomainFailure(FailureCode.UNSUPPORTED_DOCUMENT_TYPE, message,
                Map.of("field", "file", "detectedType", detected));
    }

    private static DomainFailure mismatch(String message, String detected) {
        return new DomainFailure(FailureCode.DOCUMENT_TYPE_MISMATCH, message,
                Map.of("field", "file", "detectedType", detected));
    }
}
