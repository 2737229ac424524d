package de.quartiersnetz.cms.delivery;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;

import de.quartiersnetz.cms.repository.ContentNotFoundException;

/** Delivery errors as Magnolia's {@code {code, message}} JSON (plus {@code parameter}); never a stack trace. */
@ConditionalOnWebApplication
@RestControllerAdvice(assignableTypes = {DeliveryController.class, OpenApiController.class})
class DeliveryErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryErrorHandler.class);

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Map<String, Object>> invalidParameter(InvalidParameterException e) {
        return body(HttpStatus.BAD_REQUEST, "invalidParameter", e.getMessage(), e.parameter());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> invalidValue(IllegalArgumentException e) {
        return body(HttpStatus.BAD_REQUEST, "invalidParameter", e.getMessage(), null);
    }

    @ExceptionHandler({DeliveryNotFoundException.class, ContentNotFoundException.class})
    ResponseEntity<Map<String, Object>> notFound(RuntimeException e) {
        return body(HttpStatus.NOT_FOUND, "pathNotFound", e.getMessage(), null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e) {
        LOG.error("Delivery request failed", e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, "internalError",
                "The request could not be answered; the error is logged.", null);
    }

    private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String code, String message,
                                                           String parameter) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", message);
        if (parameter != null) {
            body.put("parameter", parameter);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
