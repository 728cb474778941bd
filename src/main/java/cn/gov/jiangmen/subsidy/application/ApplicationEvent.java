package cn.gov.jiangmen.subsidy.application;

import java.time.OffsetDateTime;

/** One line of an application's history: who did what, when, and why. */
public record ApplicationEvent(OffsetDateTime at, String step, String actor, String comment) {
}
