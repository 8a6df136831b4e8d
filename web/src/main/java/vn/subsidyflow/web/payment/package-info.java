/** Payment batches to the State Treasury and their confirmation, over HTTP. */
package vn.subsidyflow.web.payment;
