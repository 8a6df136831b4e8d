/** Policies, their versions and support items: rates, caps, frequency limits, documents, citations — as data. */
package vn.subsidyflow.catalog;
