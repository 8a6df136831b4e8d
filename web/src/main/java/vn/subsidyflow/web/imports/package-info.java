/** The history import, as API and page: upload a file of earlier supported dossiers, see what it brought or what is wrong. */
package vn.subsidyflow.web.imports;
