package vn.gov.congvu.travel;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.congvu.identity.CurrentUser;

/** {@code GET /api/travel-requests/mine}: the caller's own requests and their status, for "Đề nghị của tôi". */
@RestController
record MyRequestsController(MyRequests requests, CurrentUser currentUser) {

  @GetMapping("/api/travel-requests/mine")
  List<MyRequests.MyRequest> mine() {
    return requests.of(currentUser.id());
  }
}
