package fr.vigie.shifts;

/** A field at fault and why, French then English. */
record FieldError(String field, String message) {
}
