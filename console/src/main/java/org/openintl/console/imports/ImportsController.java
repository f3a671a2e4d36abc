package org.openintl.console.imports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openintl.console.api.ApiProblem;
import org.openintl.console.api.ApiResult;
import org.openintl.console.api.GatewayApi;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The spreadsheet import of every register: the file goes to the API as it is (CSV or {@code .xlsx}); "check only"
 * asks the API for a dry run and shows every problem without storing anything; an import's page shows a progress bar
 * that htmx refreshes every second until the job has ended, then the rows that were refused, each with its line and
 * reason. The template and the exports are streamed from the API.
 */
@Controller
class ImportsController {

    private final GatewayApi api;

    ImportsController(GatewayApi api) {
        this.api = api;
    }

    @GetMapping({"/students/import", "/partners/import", "/partnerships/import"})
    String form(HttpServletRequest request, Model model) {
        Register r = register(request);
        model.addAttribute("key", UUID.randomUUID());
        model.addAttribute("register", r.path());
        return "imports/upload";
    }

    @PostMapping({"/students/import", "/partners/import", "/partnerships/import"})
    String upload(
            HttpServletRequest request,
            @RequestParam("file") MultipartFile file,
            @RequestParam UUID key,
            @RequestParam(defaultValue = "false") boolean dryRun,
            Model model)
            throws IOException {
        Register r = register(request);
        model.addAttribute("register", r.path());
        try (InputStream in = file.getInputStream()) {
            SpreadsheetType type = SpreadsheetType.ofFileName(file.getOriginalFilename())
                    .orElseThrow(() -> new ApiProblem(
                            415,
                            "urn:intl:problem:unsupported-media-type",
                            "Not a spreadsheet",
                            "Choose a .csv or .xlsx file",
                            Map.of(),
                            List.of()));
            if (dryRun) {
                // nothing is stored: the same form comes back with what an import would do
                model.addAttribute(
                        "check",
                        api.postFile(r.api() + "/imports", Map.of("dryRun", true), in, type.mediaType(), null)
                                .body());
                model.addAttribute("key", key);
                return "imports/upload";
            }
            ApiResult job = api.postFile(r.api() + "/imports", Map.of(), in, type.mediaType(), key);
            Object id = job.body().get("id");
            if (id == null && job.location() != null) {
                String path = URI.create(job.location()).getPath();
                id = path.substring(path.lastIndexOf('/') + 1);
            }
            return "redirect:/" + r.path() + "/imports/" + id;
        } catch (ApiProblem problem) {
            if (problem.isSignedOut()) {
                throw problem;
            }
            model.addAttribute("key", UUID.randomUUID());
            model.addAttribute("problem", problem);
            return "imports/upload";
        }
    }

    @GetMapping({"/students/imports/{id}", "/partners/imports/{id}", "/partnerships/imports/{id}"})
    String job(HttpServletRequest request, @PathVariable UUID id, Model model) {
        Register r = register(request);
        model.addAttribute("register", r.path());
        model.addAttribute("job", api.get(r.api() + "/imports/" + id).body());
        return "imports/job";
    }

    /** Stops a running import; the rows imported before stay. */
    @PostMapping({"/students/imports/{id}/cancel", "/partners/imports/{id}/cancel", "/partnerships/imports/{id}/cancel"
    })
    String cancel(HttpServletRequest request, @PathVariable UUID id) {
        Register r = register(request);
        try {
            api.post(r.api() + "/imports/" + id + "/cancel", Map.of(), null);
        } catch (ApiProblem problem) {
            // 409: it ended meanwhile; the page shows how
            if (problem.isSignedOut() || problem.status() != 409) {
                throw problem;
            }
        }
        return "redirect:/" + r.path() + "/imports/" + id;
    }

    /** The progress part alone, for htmx's refresh. */
    @GetMapping({
        "/students/imports/{id}/progress",
        "/partners/imports/{id}/progress",
        "/partnerships/imports/{id}/progress"
    })
    String progress(HttpServletRequest request, @PathVariable UUID id, Model model) {
        Register r = register(request);
        model.addAttribute("register", r.path());
        model.addAttribute("job", api.get(r.api() + "/imports/" + id).body());
        return "imports/job :: progress";
    }

    /** The workbook to fill in: header row, notes in Chinese and English, drop-down lists. */
    @GetMapping({
        "/students/imports/template.xlsx",
        "/partners/imports/template.xlsx",
        "/partnerships/imports/template.xlsx"
    })
    void template(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Register r = register(request);
        api.streamFile(
                r.api() + "/imports/template.xlsx",
                Map.of(),
                SpreadsheetType.XLSX.mediaType(),
                () -> download(response, SpreadsheetType.XLSX, r.path() + "-template"));
    }

    /** The list as filtered on its page, in the import's columns. */
    @GetMapping({"/students/export", "/partners/export", "/partnerships/export"})
    void export(
            HttpServletRequest request,
            @RequestParam Map<String, String> query,
            @RequestParam(defaultValue = "csv") String format,
            HttpServletResponse response)
            throws IOException {
        Register r = register(request);
        SpreadsheetType type = SpreadsheetType.of(format)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "format is csv or xlsx"));
        Map<String, Object> filter = new LinkedHashMap<>();
        r.filters().forEach(f -> filter.put(f, query.get(f)));
        filter.put("format", type.extension());
        api.streamFile(r.api() + "/export", filter, type.mediaType(), () -> download(response, type, r.path()));
    }

    /** The register whose page was asked for: the first segment of the path ({@code /partners/import}). */
    private static Register register(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String first = path.substring(1, path.indexOf('/', 1) < 0 ? path.length() : path.indexOf('/', 1));
        return Register.at(first).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static java.io.OutputStream download(HttpServletResponse response, SpreadsheetType type, String name)
            throws IOException {
        response.setContentType(type.mediaType().toString());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "." + type.extension() + "\"");
        return response.getOutputStream();
    }
}
