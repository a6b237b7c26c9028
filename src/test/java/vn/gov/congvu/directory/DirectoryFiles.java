package vn.gov.congvu.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Directory files as an HR office sends them: the demo organization as CSV, edited copies, and workbooks. */
final class DirectoryFiles {

  static final String DEMO_UNITS = """
      id,name,kind,parent,seat
      city-committee,Ủy ban nhân dân Thành phố,CITY,,ben-nghe
      home-affairs,Sở Nội vụ,DEPARTMENT,city-committee,ben-nghe
      health-dept,Sở Y tế,DEPARTMENT,city-committee,ben-nghe
      district-1,Ủy ban nhân dân Quận 1,DISTRICT,city-committee,ben-nghe
      ben-nghe,Ủy ban nhân dân Phường Bến Nghé,WARD,district-1,ben-nghe
      thu-duc,Ủy ban nhân dân thành phố Thủ Đức,DISTRICT,city-committee,an-khanh
      an-khanh,Ủy ban nhân dân Phường An Khánh,WARD,thu-duc,an-khanh
      """;

  static final String DEMO_STAFF = """
      userId,fullName,email,unitId,role,phone
      chairman,Nguyễn Văn Thành,chairman@congvu.example.vn,city-committee,HEAD,0283 829 1000
      hahead,Võ Thị Thu Trang,hahead@congvu.example.vn,home-affairs,HEAD,0283 829 2001
      haofficer,Lê Minh Tuấn,haofficer@congvu.example.vn,home-affairs,STAFF,0283 829 2002
      healthhead,Trần Minh Khoa,healthhead@congvu.example.vn,health-dept,HEAD,0283 829 3001
      d1head,Trần Thị Diệu Hương,d1head@congvu.example.vn,district-1,HEAD,0283 829 4001
      d1duty,Nguyễn Văn Dũng,d1duty@congvu.example.vn,district-1,DUTY,0283 829 4002
      d1staff,Phạm Thị Lan,d1staff@congvu.example.vn,district-1,STAFF,0283 829 4003
      bnhead,Hoàng Văn Bình,bnhead@congvu.example.vn,ben-nghe,HEAD,0283 829 5001
      bnduty,Đặng Thị Ngọc,bnduty@congvu.example.vn,ben-nghe,DUTY,0283 829 5002
      bnstaff,Bùi Quốc Huy,bnstaff@congvu.example.vn,ben-nghe,STAFF,0283 829 5003
      tdhead,Hoàng Minh Tùng,tdhead@congvu.example.vn,thu-duc,HEAD,0283 829 6001
      akhead,Ngô Thị Hạnh,akhead@congvu.example.vn,an-khanh,HEAD,0283 829 7001
      """;

  private DirectoryFiles() {
  }

  /** The demo file with one line replaced (matched by its start) or removed (replacement null). */
  static String edit(String file, String lineStart, String replacement) {
    StringBuilder out = new StringBuilder();
    boolean found = false;
    for (String line : file.split("\n")) {
      if (!found && line.startsWith(lineStart)) {
        found = true;
        if (replacement != null) {
          out.append(replacement).append('\n');
        }
      } else {
        out.append(line).append('\n');
      }
    }
    if (!found) {
      throw new IllegalArgumentException("No line starts with " + lineStart);
    }
    return out.toString();
  }

  /** Imports the demo organization again: each test leaves the shared application's directory as it found it. */
  static void restoreDemo(TestRestTemplate admin) {
    assertThat(admin.postForEntity("/api/directory/import?dryRun=false", csv(DEMO_UNITS, DEMO_STAFF), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  static HttpEntity<MultiValueMap<String, Object>> csv(String units, String staff) {
    return csv(units.getBytes(StandardCharsets.UTF_8), staff.getBytes(StandardCharsets.UTF_8));
  }

  static HttpEntity<MultiValueMap<String, Object>> csv(byte[] units, byte[] staff) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    if (units != null) {
      parts.add("units", file("units.csv", units));
    }
    if (staff != null) {
      parts.add("staff", file("staff.csv", staff));
    }
    return multipart(parts);
  }

  static HttpEntity<MultiValueMap<String, Object>> workbook(byte[] xlsx) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("workbook", file("danh-ba.xlsx", xlsx));
    return multipart(parts);
  }

  /** A workbook with sheets {@code units} and {@code staff} holding the given CSV texts, as strings. */
  static byte[] xlsx(String units, String staff) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "congvu-test", "1.0");
      sheet(workbook.newWorksheet("units"), units);
      sheet(workbook.newWorksheet("staff"), staff);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void sheet(Worksheet sheet, String csv) {
    List<String> lines = csv.lines().toList();
    for (int r = 0; r < lines.size(); r++) {
      String[] cells = lines.get(r).split(",", -1);
      for (int c = 0; c < cells.length; c++) {
        sheet.value(r, c, cells[c]);
      }
    }
  }

  static ByteArrayResource file(String name, byte[] bytes) {
    return new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }

  private static HttpEntity<MultiValueMap<String, Object>> multipart(MultiValueMap<String, Object> parts) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(parts, headers);
  }
}
