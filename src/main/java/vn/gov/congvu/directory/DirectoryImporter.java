package vn.gov.congvu.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.gov.congvu.organization.OrganizationRepository;
import vn.gov.congvu.organization.StaffMember;
import vn.gov.congvu.organization.Unit;

/**
 * Imports a whole directory (contract, "Directory administration"): every problem of the files or none, then the
 * difference to the directory as it is; applied, all of it in one transaction, or nothing. The same file twice
 * changes nothing the second time.
 */
@Service
class DirectoryImporter {

  private static final Logger LOG = LoggerFactory.getLogger(DirectoryImporter.class);

  private final OrganizationRepository organization;
  private final DirectoryStore store;
  private final DirectoryApplier applier;
  private final ReservedUserIds reserved;

  DirectoryImporter(OrganizationRepository organization, DirectoryStore store, DirectoryApplier applier,
      ReservedUserIds reserved) {
    this.organization = organization;
    this.store = store;
    this.applier = applier;
    this.reserved = reserved;
  }

  @Transactional
  ImportResult run(Map<String, MultipartFile> parts, boolean dryRun, String by) {
    Problems problems = new Problems();
    DirectoryUpload upload = DirectoryUpload.read(parts, problems);
    ImportedUnits units = UnitRules.check(upload.units(), problems);
    List<StaffMember> staff = StaffRules.check(upload.staff(), units, reserved.all(), problems);
    if (!problems.isEmpty()) {
      throw new ImportRejected(problems.all());
    }
    if (!dryRun) {
      store.lock();
    }
    List<Unit> currentUnits = organization.units();
    Map<String, Member> currentStaff = store.members();
    boolean keepPhones = upload.staff().rows().stream().noneMatch(r -> r.cells().containsKey("phone"));
    DirectoryDiff diff = DirectoryDiff.of(currentUnits, currentStaff, units.units(), staff, keepPhones);
    if (dryRun) {
      return ImportResult.of(diff, upload.files(), null, null);
    }
    List<Unit> unitWrites = new ArrayList<>(diff.unitsAdded());
    diff.unitsChanged().forEach(p -> unitWrites.add(p.after()));
    unitWrites.addAll(diff.unitsClosed());
    List<Member> memberWrites = new ArrayList<>(diff.staffAdded());
    diff.staffChanged().forEach(p -> memberWrites.add(p.after()));
    memberWrites.addAll(diff.staffLeft());
    DirectoryApplier.Applied applied = applier.apply(new Changeset(currentUnits, unitWrites, currentStaff,
        memberWrites), by);
    long importId = store.recordImport(ClockUtil.getCurrentTime().toInstant(), by, upload.files(), diff);
    LOG.info("Directory import {} by {}: units +{} ~{} -{}, staff +{} ~{} -{}; {}", importId, by,
        diff.unitsAdded().size(), diff.unitsChanged().size(), diff.unitsClosed().size(), diff.staffAdded().size(),
        diff.staffChanged().size(), diff.staffLeft().size(), applied);
    return ImportResult.of(diff, upload.files(), importId, applied);
  }
}
