package vn.gov.congvu.notification;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.congvu.identity.CurrentUser;

/** {@code GET /api/notifications/mine}: the caller's "Hộp thư", their own notifications and their groups'. */
@RestController
record InboxController(Inbox inbox, CurrentUser currentUser) {

  @GetMapping("/api/notifications/mine")
  List<Inbox.Message> mine() {
    return inbox.of(currentUser.id(), currentUser.groups());
  }
}
