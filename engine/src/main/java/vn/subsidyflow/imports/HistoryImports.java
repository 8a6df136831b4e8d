package vn.subsidyflow.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import vn.subsidyflow.audit.AuditTrail;
import vn.subsidyflow.budget.BudgetLedger;
import vn.subsidyflow.budget.HistoryDossier;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.catalog.PolicyVersion;
import vn.subsidyflow.catalog.PolicyVersionStatus;
import vn.subsidyflow.catalog.PolicyVersions;
import vn.subsidyflow.catalog.SupportItem;
import vn.subsidyflow.database.BatchStatements;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.Role;

/**
 * Imports the Department's earlier supported dossiers from a file (CSV or XLSX, {@link HistoryColumn})
 * as closed dossiers, all or nothing: every row is checked first, and a file with any error is
 * refused ({@code 422 IMPORT_REFUSED}) with every error listed and nothing written.
 * <p>
 * Each row becomes a dossier of the named policy version and support item, in the fiscal year of
 * its decision, PAID (what was not paid of the approved amount was released: history has nothing
 * left open), without a process instance. Businesses are matched by tax code or created; the
 * budget lines are opened as needed and receive the dossiers' ALLOCATE, COMMIT, DISBURSE and RELEASE
 * entries, marked as imported, so the reconciliation holds; the period report's tally counts them.
 * The same file imported again answers the earlier import (by its SHA-256); a row whose decision
 * number is already the same dossier's is left out. Audited as one import, naming the file.
 * <p>
 * Written with batched INSERTs (multi-row on the wire) and set-based statements, a few round trips
 * per thousand rows, in one transaction.
 */
@Service
@EnableConfigurationProperties(ImportSettings.class)
public class HistoryImports {

    /** What an import request answered: the import, and whether it was this request's or an earlier one's. */
    public record Outcome(HistoryImport historyImport, boolean earlier) {
    }

    private static final Logger log = LoggerFactory.getLogger(HistoryImports.class);
    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    // Rows per multi-row INSERT: one round trip each, well inside the server's packet size.
    private static final int CHUNK = 1000;
    // An XLSX file is compressed: its rows take about five times what the same rows take as CSV.
    private static final int XLSX_EXPANSION = 5;

    private final ImportMapper mapper;
    private final BatchStatements batches;
    private final PolicyVersions policyVersions;
    private final BudgetLedger ledger;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final ImportSettings settings;
    private final Clock clock;
    private final Semaphore running = new Semaphore(1);

    HistoryImports(ImportMapper mapper, BatchStatements batches, PolicyVersions policyVersions, BudgetLedger ledger,
                   AuditTrail audit, Transactions transactions, ImportSettings settings, Clock clock) {
        this.mapper = mapper;
        this.batches = batches;
        this.policyVersions = policyVersions;
        this.ledger = ledger;
        this.audit = audit;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /** The largest file accepted, for the web layer's upload limit. */
    public long maxFileBytes() {
        return settings.maxFileBytes();
    }

    /** A history file's bytes, read only once the import may start (after the size, memory and one-at-a-time checks). */
    @FunctionalInterface
    public interface Content {
        byte[] read() throws IOException;
    }

    /**
     * Imports the file, or answers the earlier import of the same file. Refuses a file with any error
     * as {@code IMPORT_REFUSED}, with {@code errors} in the details ({@link RowError}s).
     */
    public Outcome importFile(Actor actor, String fileName, byte[] content) {
        return importFile(actor, fileName, content.length, () -> content);
    }

    /**
     * As {@link #importFile(Actor, String, byte[])}, the file read from {@code content} (of {@code size}
     * bytes) only when it may be: one import at a time on a node ({@code IMPORT_IN_PROGRESS}
     * otherwise), and only a file the heap has room for ({@code IMPORT_TOO_LARGE_FOR_MEMORY}).
     */
    public Outcome importFile(Actor actor, String fileName, long size, Content content) {
        requireAdministrator(actor);
        String name = fileName == null || fileName.isBlank() ? "history" : fileName.strip();
        name = name.length() > 255 ? name.substring(name.length() - 255) : name;
        if (size > settings.maxFileBytes()) {
            throw refused(List.of(RowError.ofFile(ImportErrorCode.FILE_TOO_LARGE,
                    "The file has " + size + " bytes; at most " + settings.maxFileBytes())), 1);
        }
        // An import holds its file's rows on the heap until they are written: two at once on one node
        // would need twice the room the estimate below makes sure of.
        if (!running.tryAcquire()) {
            throw new DomainFailure(FailureCode.IMPORT_IN_PROGRESS,
                    "A history import is running on this node; try again when it is done");
        }
        try {
            requireRoom(name, size, isXlsxName(name));
            byte[] bytes;
            try {
                bytes = content.read();
            } catch (IOException e) {
                throw new UncheckedIOException("The uploaded history file could not be read", e);
            }
            if (XlsxRows.isZip(bytes) && !isXlsxName(name)) {
                requireRoom(name, bytes.length, true);
            }
            return importBytes(actor, name, bytes);
        } finally {
            running.release();
        }
    }

    private Outcome importBytes(Actor actor, String name, byte[] content) {
        String sha256 = sha256(content);
        Optional<HistoryImport> earlier = mapper.findBySha256(sha256);
        if (earlier.isPresent()) {
            return new Outcome(earlier.get(), true);
        }
        ImportTimings timings = new ImportTimings();
        HistoryFile.Read read = HistoryFile.read(content, settings.maxRows());
        timings.lap("read");
        if (!read.errors().isEmpty()) {
            throw refused(read.errors(), read.errors().size());
        }
        long fileBytes = content.length;
        String storedName = name;
        long started = System.nanoTime();
        Outcome outcome = transactions.inTransaction(() -> {
            // Again inside: two requests with the same file race to the unique checksum; the loser's retry lands here.
            Optional<HistoryImport> again = mapper.findBySha256(sha256);
            if (again.isPresent()) {
                return new Outcome(again.get(), true);
            }
            List<RawRow> raw = read.rows();
            int rowCount = raw.size();
            HistoryValidation.Checked checked = HistoryValidation.check(raw, catalogue(raw), existingDecisions(raw),
                    LocalDate.now(clock.withZone(PROVINCE)));
            timings.lap("check");
            if (!checked.errors().isEmpty()) {
                throw refused(checked.errors(), checked.errorCount());
            }
            // The rows as read are done with: only the checked ones are written.
            raw.clear();
            return new Outcome(write(actor, storedName, fileBytes, sha256, rowCount, checked.rows(), timings), false);
        });
        timings.lap("commit");
        if (!outcome.earlier()) {
            log.info("History import {} of {}: {} rows, {} dossiers in {} ms ({})", outcome.historyImport().id(), storedName,
                    outcome.historyImport().rows(), outcome.historyImport().dossiers(), (System.nanoTime() - started) / 1_000_000,
                    timings);
        }
        return outcome;
    }

    /**
     * Refuses a file the heap has no room for, before it is read: a node that ran out of memory in
     * the middle of an import would answer nothing after, to anyone.
     */
    private void requireRoom(String name, long size, boolean xlsx) {
        long needed = size * settings.heapPerFileByte() * (xlsx ? XLSX_EXPANSION : 1);
        long room = room();
        if (needed > room && (settings.memoryBudgetBytes() == 0 || needed <= settings.memoryBudgetBytes())) {
            // What the old generation holds may be garbage: collected once, the room is known before refusing.
            System.gc();
            room = room();
        }
        if (needed > room) {
            log.warn("History import of {} ({} bytes) refused: it would need about {} MB of heap, {} MB are free", name, size,
                    needed >> 20, room >> 20);
            throw new DomainFailure(FailureCode.IMPORT_TOO_LARGE_FOR_MEMORY, "Importing this file would need about "
                    + (needed >> 20) + " MB of memory and the server has " + (room >> 20) + " MB free: split the file into"
                    + " smaller files and import them one after the other",
                    Map.of("neededBytes", needed, "freeBytes", room));
        }
    }

    private long room() {
        long free = HeapRoom.free();
        return settings.memoryBudgetBytes() > 0 ? Math.min(settings.memoryBudgetBytes(), free) : free;
    }

    private static boolean isXlsxName(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
    }

    public HistoryImport find(long id) {
        return mapper.findById(id).orElseThrow(() -> DomainFailure.notFound(FailureCode.HISTORY_IMPORT_NOT_FOUND, id));
    }

    /** The latest imports, newest first. */
    public List<HistoryImport> recent(int limit) {
        return mapper.findRecent(limit);
    }

    private HistoryImport write(Actor actor, String fileName, long fileBytes, String sha256, int rowCount, List<HistoryRow> rows,
                                ImportTimings timings) {
        Map<String, ImportMapper.NewOrganisation> firstOfBusiness = new LinkedHashMap<>();
        rows.forEach(row -> firstOfBusiness.putIfAbsent(row.taxCode(),
                new ImportMapper.NewOrganisation(row.taxCode(), row.organisationName(), row.organisationType())));
        Map<String, Long> organisations = organisationIds(List.copyOf(firstOfBusiness.keySet()));
        List<ImportMapper.NewOrganisation> created = firstOfBusiness.values().stream()
                .filter(organisation -> !organisations.containsKey(organisation.taxCode())).toList();
        int businesses = firstOfBusiness.size();
        firstOfBusiness.clear();
        for (List<ImportMapper.NewOrganisation> chunk : chunks(created)) {
            batches.run(ImportMapper.class, batch -> chunk.forEach(batch::insertOrganisation));
        }
        if (!created.isEmpty()) {
            organisations.putAll(organisationIds(created.stream().map(ImportMapper.NewOrganisation::taxCode).toList()));
        }
        timings.lap("organisations");
        long approved = rows.stream().mapToLong(HistoryRow::approvedVnd).sum();
        long paid = rows.stream().mapToLong(HistoryRow::paidVnd).sum();
        mapper.insertImport(new HistoryImport(0, fileName, fileBytes, sha256, actor.username(), null, rowCount, rows.size(),
                businesses, created.size(), approved, paid));
        long importId = mapper.lastInsertId();
        String detail = describe(fileName, sha256, rowCount, rows.size());
        if (rows.isEmpty()) {
            audit.record(actor, null, "HISTORY_IMPORT", null, null, detail);
            return find(importId);
        }

        Map<LineKey, LineTotals> lines = new LinkedHashMap<>();
        for (HistoryRow row : rows) {
            lines.computeIfAbsent(new LineKey(row.policyVersionId(), row.fiscalYear(), row.category()), key -> new LineTotals())
                    .add(row);
        }
        Map<LineKey, Long> lineIds = new HashMap<>();
        lines.keySet().forEach(key -> lineIds.put(key, ledger.openLine(key.policyVersionId(), key.fiscalYear(), key.category())));
        String reference = "history-import:" + importId;
        lines.forEach((key, totals) -> ledger.recordHistory(actor, importId, lineIds.get(key), totals.approvedVnd,
                totals.paidVnd, startOf(totals.firstDecidedOn), reference));
        timings.lap("budget lines");

        // In the order of their decision dates: most indexes of the dossiers and the ledger lead with a date
        // (decided, closed, filed, occurred), so neighbouring rows land on the same index pages instead of
        // one random page each in tables larger than the buffer pool. Stable: a day's rows keep the file's order.
        rows.sort(java.util.Comparator.comparing(HistoryRow::decidedOn));
        timings.lap("sort");
        // A chunk at a time: its dossiers, their ledger entries and audit events are written, then forgotten
        // (and its rows let go), so what the import holds shrinks as it writes rather than doubling.
        long lastId = 0;
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<HistoryRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Map<String, ImportMapper.NewDossier> byNumber = new HashMap<>();
            List<ImportMapper.NewDossier> dossiers = new ArrayList<>(chunk.size());
            for (HistoryRow row : chunk) {
                ImportMapper.NewDossier dossier = dossier(row, organisations.get(row.taxCode()),
                        lineIds.get(new LineKey(row.policyVersionId(), row.fiscalYear(), row.category())));
                dossiers.add(dossier);
                byNumber.put(dossier.decisionNumber(), dossier);
            }
            batches.run(ImportMapper.class, batch -> dossiers.forEach(d -> batch.insertDossier(importId, actor.username(), d)));
            timings.lap("dossiers");
            List<ImportMapper.ImportedDossier> imported = mapper.findImportedDossiers(importId, lastId);
            if (imported.size() != dossiers.size()) {
                throw new IllegalStateException("Wrote " + dossiers.size() + " dossiers of import " + importId + " and read back "
                        + imported.size());
            }
            lastId = imported.get(imported.size() - 1).id();
            List<HistoryDossier> money = imported.stream().map(d -> {
                ImportMapper.NewDossier row = byNumber.get(d.decisionNumber());
                return new HistoryDossier(d.id(), row.budgetLineId(), row.approvedVnd(), row.paidVnd(), row.decisionNumber(),
                        row.decidedAt(), row.closedAt());
            }).toList();
            timings.lap("dossiers read back");
            ledger.recordHistoryDossiers(actor, importId, money);
            timings.lap("ledger");
            batches.run(ImportMapper.class, batch -> imported.forEach(d -> batch.insertDossierAudit(d.id(), actor.username(), detail)));
            timings.lap("audit");
            chunk.replaceAll(row -> null);
        }
        mapper.subtractTallyBusinesses(importId);
        timings.lap("tally businesses out");
        mapper.addToReportTallyBusiness(importId);
        timings.lap("tally per business");
        mapper.addToReportTally(importId);
        timings.lap("tally figures");
        mapper.addTallyBusinesses(importId);
        mapper.deleteEmptyTallyBusinesses();
        timings.lap("tally businesses in");
        audit.record(actor, null, "HISTORY_IMPORT", null, null, detail);
        return find(importId);
    }

    private static String describe(String fileName, String sha256, int rows, int dossiers) {
        String detail = "History import of " + fileName + " (SHA-256 " + sha256 + "): " + rows + " rows, " + dossiers
                + " dossiers imported";
        return detail.length() > 2000 ? detail.substring(0, 2000) : detail;
    }

    private ImportMapper.NewDossier dossier(HistoryRow row, long organisationId, long lineId) {
        String closing = row.paidVnd() < row.approvedVnd()
                ? "Imported history: " + row.paidVnd() + " đ of the " + row.approvedVnd() + " đ approved was paid; the rest was released"
                : null;
        String title = "Hồ sơ lịch sử " + row.supportItemCode() + " — QĐ " + row.decisionNumber();
        return new ImportMapper.NewDossier(organisationId, row.supportItemId(), row.policyVersionId(), row.supportItemCode(),
                row.category(), title.length() > 300 ? title.substring(0, 300) : title, row.approvedVnd(), row.paidVnd(),
                row.fiscalYear(), lineId, startOf(row.filedOn()), startOf(row.decidedOn()), row.decisionNumber(),
                row.decidedOn(), closing, startOf(row.paidOn()));
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(PROVINCE).toInstant();
    }

    private Map<String, Long> organisationIds(List<String> taxCodes) {
        Map<String, Long> ids = new HashMap<>();
        for (List<String> chunk : chunks(taxCodes)) {
            mapper.findOrganisations(chunk).forEach(o -> ids.put(o.taxCode(), o.id()));
        }
        return ids;
    }

    private Map<String, HistoryCatalogue.ExistingDecision> existingDecisions(List<RawRow> rows) {
        List<String> numbers = rows.stream().map(row -> row.text(HistoryColumn.DECISION_NUMBER))
                .filter(number -> !number.isEmpty()).distinct().toList();
        Map<String, HistoryCatalogue.ExistingDecision> found = new HashMap<>();
        for (List<String> chunk : chunks(numbers)) {
            mapper.findDecisions(chunk).forEach(decision -> found.putIfAbsent(decision.decisionNumber(), decision));
        }
        return found;
    }

    /** The policy versions the file names, with their items. */
    private HistoryCatalogue catalogue(List<RawRow> rows) {
        java.util.Set<String> named = new java.util.HashSet<>();
        rows.forEach(row -> named.add(row.text(HistoryColumn.POLICY_CODE)));
        Map<String, HistoryCatalogue.Version> versions = new HashMap<>();
        for (PolicyVersion version : policyVersions.versions()) {
            if (!named.contains(version.code())) {
                continue;
            }
            Map<String, HistoryCatalogue.Item> items = policyVersions.items(version.code()).stream()
                    .collect(Collectors.toMap(SupportItem::code,
                            item -> new HistoryCatalogue.Item(item.id(), item.code(), item.category()), (a, b) -> a));
            versions.put(version.code(), new HistoryCatalogue.Version(version.id(), version.code(), version.effectiveFrom(),
                    version.effectiveTo(), version.status() != PolicyVersionStatus.DRAFT,
                    version.totalVnd() - version.allocatedVnd(), items));
        }
        return new HistoryCatalogue(versions);
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    /**
     * A refused file: its errors (the first {@link HistoryValidation#MAX_LISTED_ERRORS} of {@code errorCount}),
     * and {@code errorCount} itself when more were found than listed.
     */
    static DomainFailure refused(List<RowError> errors, int errorCount) {
        List<Map<String, Object>> listed = errors.stream().map(HistoryImports::asMap).toList();
        String message = "The file has " + errorCount + (errorCount == 1 ? " error" : " errors") + "; nothing was imported";
        if (errorCount > errors.size()) {
            return new DomainFailure(FailureCode.IMPORT_REFUSED, message + " (the first " + errors.size() + " are listed)",
                    Map.of("errors", listed, "errorCount", errorCount));
        }
        return new DomainFailure(FailureCode.IMPORT_REFUSED, message, Map.of("errors", listed));
    }

    private static Map<String, Object> asMap(RowError error) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("row", error.row());
        map.put("column", error.column());
        map.put("code", error.code());
        map.put("message", error.message());
        return map;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    // History decides money over several years: only an administrator loads it.
    private static void requireAdministrator(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new DomainFailure(FailureCode.FORBIDDEN, "Only an administrator imports history");
        }
    }

    private record LineKey(long policyVersionId, int fiscalYear, Category category) {
    }

    private static final class LineTotals {
        long approvedVnd;
        long paidVnd;
        LocalDate firstDecidedOn;

        void add(HistoryRow row) {
            approvedVnd += row.approvedVnd();
            paidVnd += row.paidVnd();
            if (firstDecidedOn == null || row.decidedOn().isBefore(firstDecidedOn)) {
                firstDecidedOn = row.decidedOn();
            }
        }
    }
}
