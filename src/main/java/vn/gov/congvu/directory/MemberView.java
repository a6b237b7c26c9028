package vn.gov.congvu.directory;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A staff member as the directory API shows them; contact details only to those allowed to see them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MemberView(String userId, String fullName, String unitId, String role, boolean active, String email,
    String phone) {

  static MemberView of(Member member, boolean withContacts) {
    return new MemberView(member.userId(), member.fullName(), member.unitId(), member.role().name(),
        member.active(), withContacts ? member.email() : null, withContacts ? member.phone() : null);
  }
}
