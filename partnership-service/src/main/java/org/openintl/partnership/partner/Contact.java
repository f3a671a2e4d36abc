package org.openintl.partnership.partner;

import org.openintl.platform.domain.InvalidInputException;

/** A person at the partner the office deals with. */
public record Contact(String name, String role, String email, String phone) {

    public Contact {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("contacts.name", "a contact needs a name");
        }
        if (email != null && !email.isBlank() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInputException("contacts.email", "'" + email + "' is not an e-mail address");
        }
    }
}
