package org.openintl.console.partnerships;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A partner's contacts in the form: row {@code i} is the fields {@code contacts[i].name}, {@code .role},
 * {@code .email}, {@code .phone}; the form shows every contact and one empty row for a new one, and a row left empty
 * is no contact (that is how one is removed).
 */
final class PartnerContacts {

    static final List<String> PARTS = List.of("name", "role", "email", "phone");

    /** More rows than any office keeps for one partner; a form cannot make the console read more. */
    static final int MAX_ROWS = 50;

    private PartnerContacts() {}

    /** The contacts as the API takes them, in the form's order, empty rows left out. */
    static List<Map<String, String>> fromForm(Map<String, String> form) {
        List<Map<String, String>> contacts = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            Map<String, String> contact = new LinkedHashMap<>();
            for (String part : PARTS) {
                String value = form.get(key(i, part));
                if (value != null && !value.isBlank()) {
                    contact.put(part, value.strip());
                }
            }
            if (!contact.isEmpty()) {
                contacts.add(contact);
            }
        }
        return contacts;
    }

    /** The partner's contacts into the form's fields; answers how many rows the form shows (one more, empty). */
    static int toForm(Map<String, Object> partner, Map<String, String> form) {
        int rows = 0;
        if (partner.get("contacts") instanceof List<?> contacts) {
            for (Object c : contacts) {
                if (c instanceof Map<?, ?> contact && rows < MAX_ROWS - 1) {
                    for (String part : PARTS) {
                        Object value = contact.get(part);
                        form.put(key(rows, part), value == null ? "" : value.toString());
                    }
                    rows++;
                }
            }
        }
        return rows + 1;
    }

    /** How many rows a submitted form showed (to show it again after a refusal). */
    static int rowsIn(Map<String, String> form) {
        int rows = 1;
        for (int i = 0; i < MAX_ROWS; i++) {
            int row = i;
            if (PARTS.stream().anyMatch(p -> form.containsKey(key(row, p)))) {
                rows = i + 1;
            }
        }
        return Math.min(rows + 1, MAX_ROWS);
    }

    static String key(int row, String part) {
        return "contacts[" + row + "]." + part;
    }
}
