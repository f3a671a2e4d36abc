package org.openintl.partnership.importing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.imports.RowRefusedException;
import org.openintl.platform.input.RequestJson;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a row, laid out as the API's JSON body, into the API's request with exactly the rules of a request body: the
 * strict reading (text rules, types) and Bean Validation. What breaks them refuses the row, naming the fields.
 */
@Component
class RowRequests {

    private final RequestJson json;
    private final Validator validator;

    RowRequests(RequestJson json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    ObjectNode object() {
        return json.mapper().createObjectNode();
    }

    <T> T read(ObjectNode body, Class<T> type) {
        T request;
        try {
            request = json.read(body, type);
        } catch (JacksonException e) {
            // a record's own check (at least one name, a contact's name) fails while it is read: say it as the API does
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof InvalidInputException invalid) {
                    throw new RowRefusedException(invalid.field() + ": " + invalid.getMessage());
                }
            }
            throw new RowRefusedException(e.getOriginalMessage());
        } catch (InvalidInputException e) {
            throw new RowRefusedException(e.field() + ": " + e.getMessage());
        }
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new RowRefusedException(violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(RowRequests::describe)
                    .collect(Collectors.joining("; ")));
        }
        return request;
    }

    private static String describe(ConstraintViolation<?> v) {
        return v.getPropertyPath() + ": " + v.getMessage();
    }
}
