package cn.gov.jiangmen.subsidy.procedure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.batch.Batch;
import cn.gov.jiangmen.subsidy.batch.BatchService;
import cn.gov.jiangmen.subsidy.notice.Notice;
import cn.gov.jiangmen.subsidy.notice.Notices;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Vars;

/**
 * The 发布公示 form shows the notice before it is published: its title and number, and the period
 * it would run if published today (as the task is created, and again when an officer claims it,
 * since the day may have changed). The list itself is the batch's own (it grows as applications
 * join). Called from the model as {@code ${noticePreview.show(task)}}.
 */
@Component("noticePreview")
public class NoticePreviewListener {

	private final BatchService batches;
	private final Notices notices;

	NoticePreviewListener(BatchService batches, Notices notices) {
		this.batches = batches;
		this.notices = notices;
	}

	public void show(DelegateTask task) {
		String businessKey = task.getExecution().getProcessBusinessKey();
		Batch batch = TaskListener.EVENTNAME_CREATE.equals(task.getEventName())
				? batches.ofStartingProcess(task.getProcessInstanceId(), businessKey)
				: batches.ofProcess(task.getProcessInstanceId(), businessKey);
		Notice preview = notices.preview(batch.id(), null);
		task.getExecution().setVariable(Vars.NOTICE_TITLE, preview.title());
		task.getExecution().setVariable(Vars.NOTICE_NUMBER, preview.documentNo());
		task.getExecution().setVariable(Vars.NOTICE_PERIOD, "若于 " + preview.publishedOn() + " 发布，公示期为 "
				+ preview.firstDay() + " 至 " + preview.lastDay() + "（" + preview.workingDays()
				+ " 个工作日，按国务院节假日安排计算；以实际发布之日为准）");
		if (task.getExecution().getVariable(Vars.NOTICE_CONTACT) == null) {
			task.getExecution().setVariable(Vars.NOTICE_CONTACT, notices.defaultContact());
		}
	}

}
