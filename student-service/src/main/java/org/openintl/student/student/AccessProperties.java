package org.openintl.student.student;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Need-to-know within the roles that see personal data ({@code intl.students.access.*}).
 *
 * @param counselorScope {@code all} (default): every STUDENT_COUNSELOR reads and changes every student;
 *     {@code assigned}: a counselor (without ADMIN) sees the personal data of, and changes, only the students whose
 *     {@code counselor} is their user name, and sees the others as the other roles do
 */
@ConfigurationProperties("intl.students.access")
public record AccessProperties(@DefaultValue("all") CounselorScope counselorScope) {

    public enum CounselorScope {
        ALL,
        ASSIGNED
    }
}
