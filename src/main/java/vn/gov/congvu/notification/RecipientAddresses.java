package vn.gov.congvu.notification;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * E-mail addresses of a user or of a group's members, at send time (the directory may have changed); an address
 * recipient is its own address.
 */
@Component
class RecipientAddresses {

  private static final Logger LOG = LoggerFactory.getLogger(RecipientAddresses.class);

  private final IdentityService identity;

  RecipientAddresses(IdentityService identity) {
    this.identity = identity;
  }

  Set<String> of(String recipient, Notification.RecipientType type) {
    if (type == Notification.RecipientType.ADDRESS) {
      return Set.of(recipient);
    }
    List<User> users = type == Notification.RecipientType.USER
        ? identity.createUserQuery().userId(recipient).list()
        : identity.createUserQuery().memberOfGroup(recipient).list();
    Set<String> addresses = new LinkedHashSet<>();
    for (User user : users) {
      if (user.getEmail() == null || user.getEmail().isBlank()) {
        LOG.info("User {} has no e-mail address; notification skipped for them", user.getId());
      } else {
        addresses.add(user.getEmail());
      }
    }
    return addresses;
  }
}
