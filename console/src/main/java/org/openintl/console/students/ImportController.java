package org.openintl.console.students;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;
import org.openintl.console.api.ApiProblem;
import org.openintl.console.api.ApiResult;
import org.openintl.console.api.GatewayApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The spreadsheet import: the file goes to the API as it is; the job's page shows a progress bar that htmx refreshes
 * every second until the job has ended, then the rows that were refused, each with its line and reason.
 */
@Controller
class ImportController {

    private final GatewayApi api;

    ImportController(GatewayApi api) {
        this.api = api;
    }

    @GetMapping("/students/import")
    String form(Model model) {
        model.addAttribute("key", UUID.randomUUID());
        return "students/import";
    }

    @PostMapping("/students/import")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam UUID key, Model model) throws IOException {
        try (InputStream in = file.getInputStream()) {
            ApiResult job = api.postCsv("/api/students/imports", in, key);
            Object id = job.body().get("id");
            if (id == null && job.location() != null) {
                String path = URI.create(job.location()).getPath();
                id = path.substring(path.lastIndexOf('/') + 1);
            }
            return "redirect:/students/imports/" + id;
        } catch (ApiProblem problem) {
            if (problem.isSignedOut()) {
                throw problem;
            }
            model.addAttribute("key", UUID.randomUUID());
            model.addAttribute("problem", problem);
            return "students/import";
        }
    }

    @GetMapping("/students/imports/{id}")
    String job(@PathVariable UUID id, Model model) {
        model.addAttribute("job", api.get("/api/students/imports/" + id).body());
        return "students/import-job";
    }

    /** Stops a running import; the rows imported before stay. */
    @PostMapping("/students/imports/{id}/cancel")
    String cancel(@PathVariable UUID id, Model model) {
        try {
            api.post("/api/students/imports/" + id + "/cancel", java.util.Map.of(), null);
        } catch (ApiProblem problem) {
            // 409: it ended meanwhile; the page shows how
            if (problem.isSignedOut() || problem.status() != 409) {
                throw problem;
            }
        }
        return "redirect:/students/imports/" + id;
    }

    /** The progress part alone, for htmx's refresh. */
    @GetMapping("/students/imports/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("job", api.get("/api/students/imports/" + id).body());
        return "students/import-job :: progress";
    }
}
