package org.openintl.student.student;

import java.util.regex.Pattern;
import org.openintl.platform.domain.InvalidInputException;

/** How to reach a student; personal data, sealed at rest with the passport number. */
public record Contact(String email, String phone) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,29}");

    public Contact {
        email = Texts.optional("contact.email", email, 254);
        phone = Texts.optional("contact.phone", phone, 30);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("contact.email", "contact.email is not an e-mail address");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidInputException(
                    "contact.phone", "contact.phone must be digits, spaces, ()- and a leading +");
        }
    }

    /** {@code null} when neither is given, so that an empty contact is not stored. */
    public static Contact of(String email, String phone) {
        Contact c = new Contact(email, phone);
        return c.email() == null && c.phone() == null ? null : c;
    }
}
