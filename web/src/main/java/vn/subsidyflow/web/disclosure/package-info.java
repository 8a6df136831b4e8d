/** Public disclosure of decided support (budget transparency): a page, its downloads and an API, open to anyone. */
package vn.subsidyflow.web.disclosure;
