package dev.kontor.http;

/** One problem with one field of a request body: {@code field} is a JSON path such as {@code lines[1].quantity}. */
public record FieldError(String field, String code, String message) {
}
