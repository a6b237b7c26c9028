package vn.gov.congvu.directory;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.gov.congvu.organization.DirectoryChange;
import vn.gov.congvu.organization.DirectoryChangeListener;

/**
 * Open work follows a directory change in its transaction. A task someone claimed from their unit's candidates goes
 * back to the candidates when they left or no longer belong to any of its candidate groups; a task assigned to a
 * person directly (their own travel report) stays theirs. Features then move what waited on an emptied group.
 */
@Component
class OpenWork {

  private static final Logger LOG = LoggerFactory.getLogger(OpenWork.class);
  private static final int CHUNK = 500;

  private final TaskService tasks;
  private final IdentityService identity;
  private final List<DirectoryChangeListener> listeners;

  OpenWork(TaskService tasks, IdentityService identity, List<DirectoryChangeListener> listeners) {
    this.tasks = tasks;
    this.identity = identity;
    this.listeners = listeners;
  }

  /** Returns how many tasks went back to their candidates. */
  int follow(DirectoryChange change) {
    int unassigned = 0;
    List<String> users = List.copyOf(change.movedOrLeftUsers());
    for (int from = 0; from < users.size(); from += CHUNK) {
      List<String> chunk = users.subList(from, Math.min(users.size(), from + CHUNK));
      for (Task task : tasks.createTaskQuery().taskAssigneeIn(chunk.toArray(String[]::new)).list()) {
        if (!stillCandidate(task)) {
          tasks.setAssignee(task.getId(), null);
          unassigned++;
          LOG.info("Task {} ({}) of {} went back to its candidates after a directory change", task.getId(),
              task.getTaskDefinitionKey(), task.getAssignee());
        }
      }
    }
    if (!change.isEmpty()) {
      listeners.forEach(listener -> listener.directoryChanged(change));
    }
    return unassigned;
  }

  private boolean stillCandidate(Task task) {
    List<IdentityLink> candidates = tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).toList();
    if (candidates.isEmpty() || candidates.stream().anyMatch(l -> task.getAssignee().equals(l.getUserId()))) {
      return true; // assigned to them personally, or named as a candidate themselves
    }
    Set<String> theirs = identity.createGroupQuery().groupMember(task.getAssignee()).list().stream()
        .map(Group::getId).collect(Collectors.toSet());
    return candidates.stream().map(IdentityLink::getGroupId).anyMatch(g -> g != null && theirs.contains(g));
  }
}
