package vn.gov.congvu.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.congvu.organization.StaffRole;
import vn.gov.congvu.organization.Unit;
import vn.gov.congvu.web.InputRejected;

/**
 * A person's place without a file: added, moved, given another role (a new head's predecessor stays as staff),
 * marked as having left, or sent a new first-login link.
 */
@Service
class StaffChanges {

  private final DirectoryEdit edit;
  private final PasswordLinks links;
  private final DirectoryAudit audit;
  private final ReservedUserIds reserved;

  StaffChanges(DirectoryEdit edit, PasswordLinks links, DirectoryAudit audit, ReservedUserIds reserved) {
    this.edit = edit;
    this.links = links;
    this.audit = audit;
    this.reserved = reserved;
  }

  @Transactional
  Member place(String userId, Placement body, String by) {
    StaffRole role = role(body.role());
    if (body.unitId() == null || body.unitId().isBlank()) {
      throw InputRejected.invalid("unitId", "bắt buộc");
    }
    if (body.phone() != null && body.phone().trim().length() > 32) {
      throw InputRejected.invalid("phone", "dài quá 32 ký tự");
    }
    List<Unit> units = edit.begin();
    DirectoryEdit.activeUnit(units, body.unitId(), "unitId");
    Optional<Member> existing = edit.member(userId);
    if (existing.isEmpty()) {
      requireNewId(userId);
    }
    Member was = existing.orElse(null);
    String fullName = text(body.fullName(), was == null ? null : was.fullName(), "fullName", 255);
    String email = text(body.email(), was == null ? null : was.email(), "email", 255);
    if (!StaffRules.EMAIL.matcher(email).matches()) {
      throw InputRejected.invalid("email", "không hợp lệ");
    }
    String phone = body.phone() != null ? body.phone().trim() : was == null ? null : was.phone();
    Member after = new Member(userId, fullName, email, phone, body.unitId(), role, true);
    if (after.equals(was)) {
      return after;
    }
    Map<String, Member> before = new LinkedHashMap<>();
    existing.ifPresent(m -> before.put(userId, m));
    List<Member> writes = new ArrayList<>(List.of(after));
    if (role == StaffRole.HEAD) {
      edit.membersOf(body.unitId()).stream().filter(m -> m.role() == StaffRole.HEAD && !m.userId().equals(userId))
          .forEach(head -> {
            before.put(head.userId(), head);
            writes.add(head.in(head.unitId(), StaffRole.STAFF));
          });
    }
    String details = was == null ? "added: " + body.unitId() + "/" + role
        : DirectoryDiff.changes(was, after).toString();
    edit.apply(units, before, writes, by, DirectoryAudit.Action.PLACE, body.unitId(), userId, details);
    return after;
  }

  @Transactional
  Member leave(String userId, String by) {
    List<Unit> units = edit.begin();
    Member member = edit.member(userId)
        .orElseThrow(() -> InputRejected.notFound("userId", "không có cán bộ '" + userId + "' trong danh bạ"));
    if (!member.active()) {
      return member;
    }
    Member left = member.left();
    edit.apply(units, Map.of(userId, member), List.of(left), by, DirectoryAudit.Action.LEAVE, member.unitId(), userId,
        "left " + member.unitId() + " (" + member.role() + ")");
    return left;
  }

  @Transactional
  Instant sendPasswordLink(String userId, String by) {
    Member member = edit.activeMember(userId, null);
    Instant expires = links.issue(List.of(member), by);
    audit.record(by, DirectoryAudit.Action.PASSWORD_LINK, member.unitId(), userId, "expires " + expires);
    return expires;
  }

  private void requireNewId(String userId) {
    if (!StaffRules.USER_ID.matcher(userId).matches()) {
      throw InputRejected.invalid("userId", "chỉ dùng chữ cái không dấu và chữ số, tối đa 64 ký tự");
    }
    if (reserved.all().contains(userId.toLowerCase(Locale.ROOT))) {
      throw InputRejected.invalid("userId", "đã dành cho quản trị viên hoặc chủ quản quy trình");
    }
  }

  private static StaffRole role(String text) {
    try {
      return StaffRole.valueOf(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InputRejected.invalid("role", "phải là HEAD, DEPUTY, DUTY hoặc STAFF");
    }
  }

  private static String text(String given, String current, String field, int max) {
    String value = given != null && !given.isBlank() ? given.trim() : current;
    if (value == null || value.isBlank()) {
      throw InputRejected.invalid(field, "bắt buộc với người mới vào danh bạ");
    }
    if (value.length() > max) {
      throw InputRejected.invalid(field, "dài quá " + max + " ký tự");
    }
    return value;
  }
}
