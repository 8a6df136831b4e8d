/**
 * Benchmarks at national scale: loads a realistic history, drives the packaged application over
 * HTTP and bare Flowable on the same database server, and writes every figure to results.json.
 */
package vn.subsidyflow.bench;
