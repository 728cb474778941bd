package cn.gov.jiangmen.subsidy.procedure;

/**
 * Names shared by the BPMN models, the Java code and the tests: process keys, messages,
 * variables and element ids. A model change that renames one of them must change it here too.
 */
public final class ProcessConstants {

	private ProcessConstants() {
	}

	public static final String PROCESS_APPLICATION = "subsidyApplication";
	public static final String PROCESS_DISTRICT_PLAN = "districtPlanReport";
	public static final String PROCESS_PUBLIC_NOTICE = "publicNotice";
	public static final String PROCESS_BUDGET_INCLUSION = "budgetInclusion";
	public static final String PROCESS_FUNDS_RELEASE = "fundsRelease";

	public static final class Messages {
		private Messages() {
		}
		public static final String DISTRICT_PLAN_REPORTED = "Message_DistrictPlanReported";
		public static final String NOTICE_PUBLISHED = "Message_NoticePublished";
		public static final String OBJECTION_RECEIVED = "Message_ObjectionReceived";
		public static final String BUDGET_INCLUDED = "Message_BudgetIncluded";
		public static final String FUNDS_RELEASED = "Message_FundsReleased";
	}

	public static final class Vars {
		private Vars() {
		}
		public static final String APPLICATION_ID = "applicationId";
		public static final String DISTRICT = "district";
		public static final String DISTRICT_NAME = "districtName";
		public static final String DISTRICT_COMMERCE_GROUP = "districtCommerceGroup";
		public static final String DISTRICT_FINANCE_GROUP = "districtFinanceGroup";
		public static final String ENTERPRISE_NAME = "enterpriseName";
		public static final String CREDIT_CODE = "creditCode";
		public static final String ENTERPRISE_USERS = "enterpriseUsers";
		public static final String ITEMS = "items";
		public static final String ITEM_INPUTS = "itemInputs";
		public static final String TOTAL = "total";
		/**
		 * The total in whole yuan (rounded down) as an Integer, for Tasklist's filters by amount:
		 * {@link #TOTAL} is text, and a saved filter compares a number only with variables of the
		 * number's own type, Integer for any value below 2^31.
		 */
		public static final String TOTAL_YUAN = "totalYuan";
		public static final String DECISION = "decision";
		public static final String COMMENT = "comment";
		public static final String RETURN_REASON = "returnReason";
		public static final String OBJECTION_REASON = "objectionReason";
		public static final String OBJECTION_CONTACT = "objectionContact";
		public static final String NOTICE_ENDS_AT = "noticeEndsAt";
		public static final String OBJECTION_REMINDER_AT = "objectionReminderAt";
		public static final String OBJECTION_DUE_AT = "objectionDueAt";
		public static final String BUDGET_YEAR = "budgetYear";
		public static final String BUDGET_YEAR_STARTS_AT = "budgetYearStartsAt";
		public static final String SUPPLEMENT_ACTION = "supplementAction";
		public static final String PAYMENT_REFERENCE = "paymentReference";
		public static final String PAYMENT_DATE = "paymentDate";
		public static final String FUND_USE_REPORT = "fundUseReport";
		/** The evidence files of the application (name, item, size, link), as the review forms list them. */
		public static final String ATTACHMENTS = "attachments";
		/** Who pledged the truth of the materials (第十五条) and when, as the review forms show it. */
		public static final String PLEDGE = "pledge";

		public static final String BATCH_ID = "batchId";
		public static final String BATCH_KIND = "batchKind";
		public static final String SCOPE = "scope";
		public static final String SCOPE_NAME = "scopeName";
		public static final String APPLICATIONS = "applications";
		public static final String APPLICATION_COUNT = "applicationCount";
		public static final String BATCH_TOTAL = "batchTotal";
		public static final String NOTICE_CHANNEL = "noticeChannel";
		public static final String RELEASE_DOCUMENT_NO = "releaseDocumentNo";
	}

	public static final class Decisions {
		private Decisions() {
		}
		public static final String APPROVE = "approve";
		public static final String RETURN = "return";
		public static final String REJECT = "reject";
		public static final String DISMISS = "dismiss";
		public static final String UPHOLD = "uphold";
		public static final String RESUBMIT = "resubmit";
		public static final String WITHDRAW = "withdraw";
	}

	public static final class Elements {
		private Elements() {
		}
		public static final String ASSESS_ELIGIBILITY = "ServiceTask_AssessEligibility";
		public static final String DISTRICT_REVIEW = "UserTask_DistrictReview";
		public static final String SUPPLEMENT_APPLICATION = "UserTask_SupplementApplication";
		public static final String DISTRICT_PLAN_REPORTED = "CatchEvent_DistrictPlanReported";
		public static final String CITY_REVIEW = "UserTask_CityReview";
		public static final String NOTICE_PUBLISHED = "CatchEvent_NoticePublished";
		public static final String DURING_NOTICE = "Gateway_DuringNotice";
		public static final String NOTICE_PERIOD_ENDED = "CatchEvent_NoticePeriodEnded";
		public static final String OBJECTION_RECEIVED = "CatchEvent_ObjectionReceived";
		public static final String INVESTIGATE_OBJECTION = "UserTask_InvestigateObjection";
		public static final String OBJECTION_REMINDER = "BoundaryEvent_ObjectionReminder";
		public static final String OBJECTION_OVERDUE = "BoundaryEvent_ObjectionOverdue";
		public static final String BUDGET_INCLUDED = "CatchEvent_BudgetIncluded";
		public static final String BUDGET_YEAR_STARTED = "CatchEvent_BudgetYearStarted";
		public static final String FUNDS_RELEASED = "CatchEvent_FundsReleased";
		public static final String DISBURSE = "UserTask_Disburse";
		public static final String RECORD_PAYMENT = "ServiceTask_RecordPayment";
		public static final String REPORT_FUND_USE = "UserTask_ReportFundUse";
		public static final String END_DISBURSED = "EndEvent_Disbursed";
		public static final String END_REJECTED = "EndEvent_Rejected";
		public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

		public static final String REPORT_DISTRICT_PLAN = "UserTask_ReportDistrictPlan";
		public static final String PUBLISH_NOTICE = "UserTask_PublishNotice";
		public static final String INCLUDE_IN_BUDGET = "UserTask_IncludeInBudget";
		public static final String RELEASE_FUNDS = "UserTask_ReleaseFunds";
		public static final String BATCH_DONE = "EndEvent_BatchDone";
	}

	public static final class Groups {
		private Groups() {
		}
		public static final String ADMIN = "camunda-admin";
		public static final String CITY_COMMERCE = "city-commerce";
		public static final String CITY_FINANCE = "city-finance";
		public static final String ENTERPRISE = "enterprise";
		public static final String DISTRICT_COMMERCE_PREFIX = "district-commerce-";
		public static final String DISTRICT_FINANCE_PREFIX = "district-finance-";
	}
}
