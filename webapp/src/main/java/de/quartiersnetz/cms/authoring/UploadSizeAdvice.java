package de.quartiersnetz.cms.authoring;

import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A request larger than Spring's multipart limit never reaches a controller: answer 413 with a German message
 * naming the field (JSON, as the upload script reads it), never Spring's 500.
 */
@ControllerAdvice
@ConditionalOnWebApplication
class UploadSizeAdvice {
    private final DataSize maxSize;

    UploadSizeAdvice(@Value("${quartiersnetz.assets.max-size:20MB}") DataSize maxSize) {
        this.maxSize = maxSize;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        String message = "Die Datei ist zu groß. Erlaubt sind höchstens " + maxSize.toMegabytes() + " MB je Datei.";
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("refused", List.of(Map.of("field", "files", "code", "TOO_LARGE", "message", message))));
    }
}
