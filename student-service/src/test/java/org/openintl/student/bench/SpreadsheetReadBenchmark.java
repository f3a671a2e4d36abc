package org.openintl.student.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.openintl.platform.imports.ImportFormat;
import org.openintl.platform.imports.ImportHeader;
import org.openintl.platform.imports.ImportRow;
import org.openintl.platform.imports.TableReader;
import org.openintl.platform.imports.TableWriter;
import org.openintl.student.importing.StudentImportBench;

/**
 * How much time and heap reading N students (default 100,000) takes, from one {@code .xlsx} and, as the baseline,
 * from the same rows as CSV: each file is generated on disk, then read row by row through the import's reader and
 * parsed into students as the import job does before staging (staging and storing work in chunks of 1,000 rows for
 * either format, so this is where the file's size could show in memory). Prints the time, rows/s and the peak heap
 * (sum of the heap pools' peaks after a reset, so garbage not yet collected counts too) under the JVM's {@code -Xmx},
 * and what the open reader still holds after a full collection at the end of the file (its live data).
 * The workbook is written the way Excel writes one, with a shared-strings table (every name, passport number and
 * college once), which the reader keeps in memory; the worst case, since our own exports write text inline. Not a
 * test. Run with {@code ./bench.sh --scenario=imports} (docs/performance.md, "Imports").
 */
public final class SpreadsheetReadBenchmark {

    private SpreadsheetReadBenchmark() {}

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("import-bench");
        try {
            Path csv = dir.resolve("students.csv");
            Path xlsx = dir.resolve("students.xlsx");
            long t = System.nanoTime();
            writeCsv(csv, rows);
            writeXlsx(xlsx, rows);
            System.out.printf(
                    Locale.ROOT,
                    "[bench] %,d rows: CSV %,d bytes, XLSX %,d bytes (written in %.1f s), max heap %,d MB%n",
                    rows,
                    Files.size(csv),
                    Files.size(xlsx),
                    (System.nanoTime() - t) / 1e9,
                    Runtime.getRuntime().maxMemory() >> 20);
            List<String> table = new ArrayList<>();
            table.add(
                    "| file | rows | read + parse s | rows/s | peak heap MB | held by the open reader MB | vs CSV time "
                            + "| vs CSV peak heap |");
            table.add("|---|---|---|---|---|---|---|---|");
            Result base = measure(ImportFormat.CSV, csv, rows);
            Result x = measure(ImportFormat.XLSX, xlsx, rows);
            table.add(base.line("CSV (baseline)", base));
            table.add(x.line(".xlsx (shared strings)", base));
            table.forEach(System.out::println);
        } finally {
            try (var files = Files.list(dir)) {
                files.forEach(p -> p.toFile().delete());
            }
            Files.deleteIfExists(dir);
        }
    }

    record Result(int rows, long nanos, long peakBytes, long retainedBytes) {
        String line(String what, Result base) {
            double s = nanos / 1e9;
            return String.format(
                    Locale.ROOT,
                    "| %s | %,d | %.1f | %,.0f | %,d | %,d | %.2f | %.2f |",
                    what,
                    rows,
                    s,
                    rows / s,
                    peakBytes >> 20,
                    Math.max(0, retainedBytes) >> 20,
                    (double) nanos / base.nanos,
                    (double) peakBytes / base.peakBytes);
        }
    }

    private static Result measure(ImportFormat format, Path file, int expected) throws IOException {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long t0 = System.nanoTime();
        long nanos;
        long retained;
        int read = 0;
        try (InputStream in = Files.newInputStream(file);
                TableReader reader =
                        format == ImportFormat.CSV ? TableReader.csv(in) : TableReader.xlsx(file.toFile())) {
            ImportHeader header = StudentImportBench.header(reader.header());
            while (reader.hasNext()) {
                ImportRow row = reader.next();
                StudentImportBench.parse(header, row);
                read++;
            }
            nanos = System.nanoTime() - t0;
            // what the open reader still holds at the end (the shared strings of a workbook): live data, not garbage
            System.gc();
            retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() - before;
        }
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        if (read != expected) {
            throw new IllegalStateException(format + ": read " + read + " rows of " + expected);
        }
        return new Result(read, nanos, peak, retained);
    }

    private static final String[] HEADER = {
        "familyName",
        "givenName",
        "chineseName",
        "nationality",
        "gender",
        "dateOfBirth",
        "passportNumber",
        "category",
        "college",
        "fundingType",
        "fundingProgram",
        "status",
        "admittedOn",
        "enrolledOn",
        "residencePermitNumber",
        "residencePermitIssueDate",
        "residencePermitExpiryDate"
    };

    private static final String[][] COUNTRIES = {
        {"KR", "박", "서연"}, {"RU", "Смирнов", "Иван"}, {"PK", "Khan", "Ayesha"}, {"KZ", "Nurlanov", "Aidos"},
        {"TH", "Srisuk", "Nicha"}, {"VN", "Nguyen", "Lan"}, {"NG", "Okafor", "Chidi"}, {"US", "Smith", "Emma"}
    };

    /** One student's cells: text, or a date for the date columns. */
    private static Object[] student(int i) {
        String[] c = COUNTRIES[i % COUNTRIES.length];
        return new Object[] {
            c[1] + i,
            c[2],
            i % 3 == 0 ? "王" + i : "",
            c[0],
            i % 2 == 0 ? "FEMALE" : "MALE",
            LocalDate.of(1995 + i % 10, 1 + i % 12, 1 + i % 28),
            "P" + (10_000_000 + i),
            "MASTER",
            "College " + (i % 20),
            "CSC",
            "Chinese University Program",
            "ENROLLED",
            LocalDate.of(2025, 6, 20),
            LocalDate.of(2025, 9, 1),
            "RP" + (20_000_000 + i),
            LocalDate.of(2025, 9, 15),
            LocalDate.of(2027, 9, 14)
        };
    }

    private static void writeCsv(Path file, int rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                TableWriter csv = TableWriter.of(ImportFormat.CSV, out, List.of(HEADER), null)) {
            for (int i = 0; i < rows; i++) {
                csv.row(List.of(student(i)));
            }
        }
    }

    /** As Excel writes it: text in a shared-strings table, dates as date cells. */
    private static void writeXlsx(Path file, int rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, true);
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("students");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
            Row h = sheet.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                h.createCell(c).setCellValue(HEADER[c]);
            }
            for (int i = 0; i < rows; i++) {
                Row r = sheet.createRow(i + 1);
                Object[] cells = student(i);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] instanceof LocalDate d) {
                        var cell = r.createCell(c);
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (!((String) cells[c]).isEmpty()) {
                        r.createCell(c).setCellValue((String) cells[c]);
                    }
                }
            }
            wb.write(out);
        }
    }
}
