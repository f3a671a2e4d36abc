package org.openintl.benchmarks;

/** Import files of valid students: names from several scripts, quoted cells, a passport number each. */
final class StudentCsv {

    private static final String[][] COUNTRIES = {
        {"KR", "박", "서연"}, {"RU", "Смирнов", "Иван"}, {"PK", "Khan", "Ayesha"}, {"KZ", "Nurlanov", "Aidos"},
        {"TH", "Srisuk", "Nicha"}, {"VN", "Nguyen", "Lan"}, {"NG", "Okafor", "Chidi"}, {"US", "Smith", "Emma"},
        {"FR", "Martin", "Léa"}, {"MN", "Bat-Erdene", "Oyun"}, {"LA", "Phommachanh", "Kham"}, {"EG", "Hassan", "Omar"}
    };
    private static final String[] CATEGORIES = {"BACHELOR", "MASTER", "DOCTORAL", "LANGUAGE"};
    private static final String[] FUNDING = {"CSC", "PROVINCIAL", "UNIVERSITY", "SELF_FUNDED"};

    private StudentCsv() {}

    /** Rows {@code first} to {@code first + rows - 1}; passport numbers are unique across calls with other rows. */
    static String generate(int first, int rows) {
        StringBuilder sb = new StringBuilder(rows * 150);
        sb.append("familyName,givenName,chineseName,nationality,gender,dateOfBirth,passportNumber,category,college,"
                + "program,fundingType,fundingProgram,counselor\n");
        for (int i = first; i < first + rows; i++) {
            String[] c = COUNTRIES[i % COUNTRIES.length];
            String funding = FUNDING[i % FUNDING.length];
            sb.append(c[1]).append(',').append(c[2]).append(i % 1000).append(',');
            sb.append(i % 3 == 0 ? "王" + (i % 100) : "").append(',');
            sb.append(c[0]).append(',').append(i % 2 == 0 ? "FEMALE" : "MALE").append(',');
            sb.append(1995 + i % 10)
                    .append("-0")
                    .append(1 + i % 9)
                    .append("-1")
                    .append(i % 10)
                    .append(',');
            sb.append("B").append(20_000_000 + i).append(',');
            sb.append(CATEGORIES[i % CATEGORIES.length]).append(',');
            sb.append("College ").append(i % 20).append(',');
            sb.append("\"Program ").append(i % 50).append(", track A\"").append(',');
            sb.append(funding).append(',');
            sb.append(funding.equals("CSC") ? "Chinese University Program" : "").append(',');
            sb.append("Counselor ").append(i % 40).append('\n');
        }
        return sb.toString();
    }
}
