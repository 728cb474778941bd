package cn.gov.jiangmen.subsidy.batch;

/**
 * One row of app_batch. {@code status}: OPEN while applications join it, CLOSED once an officer
 * has acted on its list ({@code closedBy}), DONE once every listed application has moved on.
 */
public record Batch(String id, BatchKind kind, String scope, String status, String closedBy) {
}
