package cn.gov.jiangmen.subsidy.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.jiangmen.subsidy.application.ApplicationQueries;
import cn.gov.jiangmen.subsidy.application.ApplicationRecord;
import cn.gov.jiangmen.subsidy.application.ApplicationStatus;
import cn.gov.jiangmen.subsidy.attachment.EvidenceRefusedException.Kind;
import cn.gov.jiangmen.subsidy.identity.CurrentUser;

/**
 * Evidence (第十三条 申报资料) with an application or a draft: PDF, JPEG or PNG judged by content, at
 * most 20 MB a file and 20 files an application, kept in the database with its SHA-256. Who may see
 * an application's files is who may see the application; anyone else is told it does not exist.
 */
@Service
public class Evidence {

	public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
	public static final int MAX_FILES = 20;

	/** While the district reviews it, or while the enterprise corrects it (CONTRACT "Evidence"). */
	static final Set<ApplicationStatus> OPEN_FOR_EVIDENCE = Set.of(ApplicationStatus.DISTRICT_REVIEW,
			ApplicationStatus.RETURNED);

	public record Download(Attachment attachment, byte[] content) {
	}

	private final AttachmentRepository attachments;
	private final ApplicationQueries applications;
	private final EvidenceForms forms;
	private final Clock clock;

	Evidence(AttachmentRepository attachments, ApplicationQueries applications, EvidenceForms forms, Clock clock) {
		this.attachments = attachments;
		this.applications = applications;
		this.forms = forms;
		this.clock = clock;
	}

	/** Adds a file to an application of the user's own enterprise while it is open for evidence. */
	@Transactional
	public Attachment addToApplication(CurrentUser user, String applicationId, Integer itemIndex, String fileName,
			byte[] content) {
		ApplicationRecord application = ownApplication(user, applicationId);
		if (!OPEN_FOR_EVIDENCE.contains(application.status())) {
			throw new EvidenceRefusedException(Kind.WRONG_STATUS, null,
					"申报处于“" + application.status().label() + "”阶段，不能再补充材料");
		}
		int items = applications.request(application).path("items").size();
		checkItem(itemIndex, items);
		checkRoom(attachments.countOfApplication(applicationId));
		Attachment added = store(application.creditCode(), null, applicationId, itemIndex, fileName, content, user);
		forms.refresh(applicationId);
		return added;
	}

	/** Adds a file to a draft; the caller has checked that the draft is the user's enterprise's. */
	@Transactional
	public Attachment addToDraft(CurrentUser user, String draftId, int itemCount, Integer itemIndex, String fileName,
			byte[] content) {
		checkItem(itemIndex, itemCount);
		checkRoom(attachments.countOfDraft(draftId));
		return store(user.creditCode().orElseThrow(), draftId, null, itemIndex, fileName, content, user);
	}

	/** The files of an application the user may see; otherwise as if it did not exist. */
	@Transactional(readOnly = true)
	public List<Attachment> ofApplication(CurrentUser user, String applicationId) {
		visibleApplication(user, applicationId);
		return attachments.ofApplication(applicationId);
	}

	@Transactional(readOnly = true)
	public List<Attachment> ofDraft(String draftId) {
		return attachments.ofDraft(draftId);
	}

	@Transactional(readOnly = true)
	public Download download(CurrentUser user, String applicationId, long attachmentId) {
		visibleApplication(user, applicationId);
		Attachment attachment = attachments.find(attachmentId)
			.filter(a -> applicationId.equals(a.applicationId()))
			.orElseThrow(EvidenceRefusedException::notFound);
		return new Download(attachment, attachments.content(attachmentId));
	}

	@Transactional(readOnly = true)
	public Download downloadFromDraft(String draftId, long attachmentId) {
		Attachment attachment = attachments.find(attachmentId)
			.filter(a -> draftId.equals(a.draftId()))
			.orElseThrow(EvidenceRefusedException::notFound);
		return new Download(attachment, attachments.content(attachmentId));
	}

	/** The enterprise takes back a file while it corrects a returned application. */
	@Transactional
	public void removeFromApplication(CurrentUser user, String applicationId, long attachmentId) {
		ApplicationRecord application = ownApplication(user, applicationId);
		if (application.status() != ApplicationStatus.RETURNED) {
			throw new EvidenceRefusedException(Kind.WRONG_STATUS, null, "只有退回补正的申报可以删除已提交的材料");
		}
		attachments.find(attachmentId)
			.filter(a -> applicationId.equals(a.applicationId()))
			.orElseThrow(EvidenceRefusedException::notFound);
		attachments.delete(attachmentId);
		forms.refresh(applicationId);
	}

	@Transactional
	public void removeFromDraft(String draftId, long attachmentId) {
		attachments.find(attachmentId).filter(a -> draftId.equals(a.draftId())).orElseThrow(EvidenceRefusedException::notFound);
		attachments.delete(attachmentId);
	}

	/** Removing a draft's item removes its files; the files of later items move up with their items. */
	@Transactional
	public void itemRemovedFromDraft(String draftId, int itemIndex) {
		attachments.itemRemovedFromDraft(draftId, itemIndex);
	}

	@Transactional
	public void draftDiscarded(String draftId) {
		attachments.deleteOfDraft(draftId);
	}

	/** At submission the draft's files become the application's, and the review forms list them. */
	@Transactional
	public void draftSubmitted(String draftId, String applicationId) {
		attachments.moveDraftToApplication(draftId, applicationId);
		if (attachments.countOfApplication(applicationId) > MAX_FILES) {
			throw new EvidenceRefusedException(Kind.INVALID, "file", "每份申报最多 " + MAX_FILES + " 个材料文件");
		}
		forms.refresh(applicationId);
	}

	/** A corrected application's items moved: each file follows its item (a removed item's files stay, for the whole application). */
	@Transactional
	public void itemsRenumbered(String applicationId, Map<Integer, Integer> newIndexByOld) {
		attachments.remapItems(applicationId, newIndexByOld);
		forms.refresh(applicationId);
	}

	private Attachment store(String creditCode, String draftId, String applicationId, Integer itemIndex,
			String fileName, byte[] content, CurrentUser user) {
		if (content.length > MAX_FILE_BYTES) {
			throw new EvidenceRefusedException(Kind.TOO_LARGE, "file", "文件不得超过 20 MB");
		}
		if (content.length == 0) {
			throw new EvidenceRefusedException(Kind.INVALID, "file", "请选择要上传的文件");
		}
		String type = EvidenceTypes.judge(content)
			.orElseThrow(() -> new EvidenceRefusedException(Kind.INVALID, "file",
					"只接受 PDF、JPEG 或 PNG 格式的文件（按文件内容判断，与文件名无关）"));
		String name = EvidenceTypes.displayName(fileName, type);
		long id = attachments.insert(creditCode, draftId, applicationId, itemIndex, name, type, content, sha256(content),
				user.id(), OffsetDateTime.now(clock));
		return attachments.find(id).orElseThrow();
	}

	private void checkItem(Integer itemIndex, int itemCount) {
		if (itemIndex != null && (itemIndex < 0 || itemIndex >= itemCount)) {
			throw new EvidenceRefusedException(Kind.INVALID, "itemIndex",
					"申报事项序号须在 0 至 " + (itemCount - 1) + " 之间（从 0 起算）");
		}
	}

	private static void checkRoom(long count) {
		if (count >= MAX_FILES) {
			throw new EvidenceRefusedException(Kind.INVALID, "file", "每份申报最多 " + MAX_FILES + " 个材料文件");
		}
	}

	private ApplicationRecord visibleApplication(CurrentUser user, String applicationId) {
		return applications.visible(user, applicationId).orElseThrow(EvidenceRefusedException::notFound);
	}

	private ApplicationRecord ownApplication(CurrentUser user, String applicationId) {
		ApplicationRecord application = visibleApplication(user, applicationId);
		if (!user.ownsEnterprise(application.creditCode())) {
			throw new EvidenceRefusedException(Kind.FORBIDDEN, null, "材料由申报企业提交");
		}
		return application;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
