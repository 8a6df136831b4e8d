package vn.subsidyflow.calendar;

import java.time.LocalDate;

/** A public holiday or announced swap day that falls on a working day. */
public record Holiday(LocalDate day, String nameVi, String nameEn) {
}
