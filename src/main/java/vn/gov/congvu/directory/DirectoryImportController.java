package vn.gov.congvu.directory;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/directory/import?dryRun=true|false}: parts {@code units} and {@code staff} (CSV) or
 * {@code workbook} (XLSX). Without {@code dryRun} nothing is applied: a forgotten parameter must not change a city.
 */
@RestController
record DirectoryImportController(DirectoryRights rights, DirectoryImporter importer) {

  @PostMapping("/api/directory/import")
  ImportResult importDirectory(@RequestParam(defaultValue = "true") boolean dryRun,
      @RequestParam MultiValueMap<String, MultipartFile> parts) {
    rights.requireAdministrator();
    Problems problems = new Problems();
    Map<String, MultipartFile> single = new LinkedHashMap<>();
    parts.forEach((name, files) -> {
      if (files.size() > 1) {
        problems.add(name, null, "Phần '" + name + "' có " + files.size() + " tệp; gửi một tệp cho mỗi phần.");
      }
      single.put(name, files.get(0));
    });
    if (!problems.isEmpty()) {
      throw new ImportRejected(problems.all());
    }
    return importer.run(single, dryRun, rights.who());
  }
}
