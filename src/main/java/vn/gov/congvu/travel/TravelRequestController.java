package vn.gov.congvu.travel;

import java.time.LocalDate;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.congvu.web.ApiException;
import vn.gov.congvu.identity.CurrentUser;
import vn.gov.congvu.web.StartedCase;

/** {@code POST /api/travel-requests}: the contract's start of {@code travel-approval}, validated before it starts. */
@RestController
record TravelRequestController(TravelRequestValidator validator, RuntimeService runtime, CurrentUser currentUser) {

  @PostMapping("/api/travel-requests")
  @ResponseStatus(HttpStatus.CREATED)
  StartedCase file(@RequestBody TravelRequest request) {
    if (request.requesterId() == null || request.requesterId().isBlank()) {
      throw ApiException.badRequest(TravelProcess.VAR_REQUESTER_ID, "Thiếu người đề nghị");
    }
    ValidTravelRequest valid = validator.validate(request, currentUser.caller(),
        LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), TravelRequestService.ZONE));
    return StartedCase.of(runtime.startProcessInstanceByKey(TravelProcess.KEY, valid.variables()));
  }
}
