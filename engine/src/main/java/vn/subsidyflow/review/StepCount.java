package vn.subsidyflow.review;

/** How many open tasks a step holds in one inbox. */
public record StepCount(String taskKey, long tasks) {
}
