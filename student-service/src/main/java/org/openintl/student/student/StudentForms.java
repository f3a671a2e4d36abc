package org.openintl.student.student;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.input.RequestJson;
import org.openintl.platform.web.FieldError;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validation of {@link StudentForm}s outside of request binding (merge patches, CSV rows) with the same Bean
 * Validation rules, and JSON Merge Patch (RFC 7396) of a form.
 */
@Component
public class StudentForms {

    private final Validator validator;
    private final JsonMapper json;
    private final RequestJson requestJson;

    StudentForms(Validator validator, JsonMapper json, RequestJson requestJson) {
        this.validator = validator;
        this.json = json;
        this.requestJson = requestJson;
    }

    /** Every broken rule, ordered by field. */
    public List<FieldError> violations(StudentForm form) {
        return validator.validate(form).stream()
                .map(StudentForms::fieldError)
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
    }

    /** @throws InvalidInputException naming the first invalid field and listing all of them */
    public void requireValid(StudentForm form) {
        List<FieldError> errors = violations(form);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(
                    errors.get(0).field(),
                    errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        }
    }

    /** Applies a merge patch: present members replace, {@code null} removes, objects merge recursively. */
    public StudentForm merge(StudentForm current, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new InvalidInputException("body", "a merge patch must be a JSON object");
        }
        ObjectNode target = json.valueToTree(current);
        merge(target, (ObjectNode) patch);
        // read as strictly as a request body (unknown fields, wrong types, unclean text: a 400 naming the field)
        return requestJson.read(target, StudentForm.class);
    }

    private static void merge(ObjectNode target, ObjectNode patch) {
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            String name = member.getKey();
            JsonNode value = member.getValue();
            if (value.isNull()) {
                target.remove(name);
            } else if (value.isObject()
                    && target.get(name) != null
                    && target.get(name).isObject()) {
                merge((ObjectNode) target.get(name), (ObjectNode) value);
            } else {
                target.set(name, value.deepCopy());
            }
        }
    }

    private static FieldError fieldError(ConstraintViolation<?> v) {
        return new FieldError(v.getPropertyPath().toString(), v.getMessage());
    }
}
