/**
 * A dossier's official papers over HTTP: the list and the PDFs for the API, the download and the
 * list on the dossier pages, to whoever may see the dossier.
 */
package vn.subsidyflow.web.paper;
