package org.openintl.benchmarks;

/** Import files of valid partners: names in three scripts, a quoted cell, one archived partner in fifty. */
final class PartnerCsv {

    private static final String[] COUNTRIES = {"KR", "GB", "RU", "TH", "PK", "KZ", "VN", "LA", "MY", "DE"};
    private static final String[] TYPES = {"UNIVERSITY", "UNIVERSITY", "RESEARCH_INSTITUTE", "COMPANY", "GOVERNMENT"};

    private PartnerCsv() {}

    /** Rows {@code first} to {@code first + rows - 1}; every name is unique across calls with other rows. */
    static String generate(int first, int rows) {
        StringBuilder sb = new StringBuilder(rows * 160);
        sb.append("nameZh,nameEn,nameKo,originalName,country,city,type,website,archived\n");
        for (int i = first; i < first + rows; i++) {
            sb.append("\u57fa\u51c6\u5927\u5b66").append(i).append(',');
            sb.append("Partner ").append(i).append(" University").append(',');
            sb.append(i % 4 == 0 ? "\ud30c\ud2b8\ub108 \ub300\ud559\uad50 " + i : "")
                    .append(',');
            sb.append(i % 3 == 0 ? "\"Universit\u00e9 partenaire " + i + ", campus A\"" : "")
                    .append(',');
            sb.append(COUNTRIES[i % COUNTRIES.length]).append(',');
            sb.append("City ").append(i % 300).append(',');
            sb.append(TYPES[i % TYPES.length]).append(',');
            sb.append("https://partner").append(i).append(".example.org").append(',');
            sb.append(i % 50 == 0).append('\n');
        }
        return sb.toString();
    }
}
