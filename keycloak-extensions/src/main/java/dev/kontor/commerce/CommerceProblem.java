package dev.kontor.commerce;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The portal's RFC 9457 problem document plus the field-level {@code errors} of the commerce API
 * (see {@link dev.kontor.portal.Problem} for the shared part of the shape).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommerceProblem(String type, String title, int status, String code, String detail, List<FieldError> errors) {
}
