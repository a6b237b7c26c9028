package vn.gov.congvu.outbreak;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.congvu.organization.DirectoryGroups;
import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.web.ApiException;
import vn.gov.congvu.identity.CurrentUser;

/** {@code /api/outbreak-areas}: everyone reads; only the Department of Health (and the administrator) writes. */
@RestController
record OutbreakAreaController(OutbreakRegister register, CurrentUser currentUser) {

  record NewArea(String area, String province, String announcedBy, String activeFrom, String activeTo) {
  }

  @GetMapping("/api/outbreak-areas")
  List<OutbreakArea> list(@RequestParam(required = false) String date) {
    return register.all(date == null ? null : day("date", date));
  }

  @PostMapping("/api/outbreak-areas")
  @ResponseStatus(HttpStatus.CREATED)
  OutbreakArea add(@RequestBody NewArea body) {
    if (!currentUser.isIn(DirectoryGroups.members(OrganizationDirectory.HEALTH_DEPT))
        && !currentUser.isIn(DirectoryGroups.ADMINS)) {
      throw ApiException.forbidden("Chỉ Sở Y tế cập nhật danh sách vùng dịch");
    }
    LocalDate from = day("activeFrom", required("activeFrom", body.activeFrom()));
    LocalDate to = body.activeTo() == null || body.activeTo().isBlank() ? null : day("activeTo", body.activeTo());
    if (to != null && to.isBefore(from)) {
      throw ApiException.badRequest("activeTo", "Ngày kết thúc trước ngày bắt đầu");
    }
    return register.add(new OutbreakArea(null, required("area", body.area()), required("province", body.province()),
        required("announcedBy", body.announcedBy()), from, to), currentUser.id(), Instant.now());
  }

  private static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw ApiException.badRequest(field, "Không được để trống");
    }
    if (value.length() > 255) {
      throw ApiException.badRequest(field, "Quá dài (tối đa 255 ký tự)");
    }
    return value.trim();
  }

  private static LocalDate day(String field, String value) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(field, "Định dạng yyyy-MM-dd");
    }
  }
}
