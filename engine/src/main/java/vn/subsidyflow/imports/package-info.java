/** The history import: the Department's earlier supported dossiers, loaded from a file as closed dossiers. */
package vn.subsidyflow.imports;
