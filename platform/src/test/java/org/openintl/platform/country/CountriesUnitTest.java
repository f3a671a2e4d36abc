package org.openintl.platform.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openintl.platform.domain.InvalidInputException;

class CountriesUnitTest {

    private final Countries countries = Countries.load();

    @Test
    void shipsAllCurrentIsoCodes() {
        Set<String> codes = countries.all().stream().map(Country::code).collect(Collectors.toSet());

        assertThat(countries.all()).hasSize(249);
        assertThat(codes).hasSize(249).allMatch(code -> code.matches("[A-Z]{2}"));
        assertThat(codes).containsExactlyInAnyOrderElementsOf(Arrays.asList(Locale.getISOCountries()));
    }

    @Test
    void listsCountriesOrderedByCode() {
        assertThat(countries.all()).extracting(Country::code).isSorted();
    }

    @Test
    void givesEveryCountryNamesAndAContinent() {
        assertThat(countries.all()).allSatisfy(country -> {
            assertThat(country.continent()).isNotNull();
            assertThat(country.nameEn()).isNotBlank();
            assertThat(country.nameZh()).isNotBlank();
        });
        assertThat(countries.all()).extracting(Country::continent).containsAll(EnumSet.allOf(Continent.class));
    }

    @Test
    void hasAVersion() {
        assertThat(countries.version()).matches("\\d{4}-\\d{2}");
    }

    @Test
    void loadsOnce() {
        assertThat(Countries.load()).isSameAs(countries);
    }

    @Test
    void knowsSelectedFacts() {
        assertThat(countries.find("CN")).hasValue(new Country("CN", "China", "中国", Continent.ASIA, false));
        assertFact("RU", Continent.EUROPE, true);
        assertFact("BY", Continent.EUROPE, true);
        assertFact("PK", Continent.ASIA, true);
        assertFact("KZ", Continent.ASIA, true);
        assertFact("TH", Continent.ASIA, true);
        assertFact("TR", Continent.ASIA, true);
        assertFact("GB", Continent.EUROPE, false);
        assertFact("US", Continent.NORTH_AMERICA, false);
        assertFact("MX", Continent.NORTH_AMERICA, false);
        assertFact("BR", Continent.SOUTH_AMERICA, false);
        assertFact("AU", Continent.OCEANIA, false);
        assertFact("EG", Continent.AFRICA, true);
        assertFact("AQ", Continent.ANTARCTICA, false);
    }

    @Test
    void doesNotCountChinaOrItsRegionsAsBeltAndRoad() {
        assertThat(countries.all())
                .filteredOn(country -> Set.of("CN", "HK", "MO", "TW").contains(country.code()))
                .hasSize(4)
                .noneMatch(Country::beltAndRoad);
    }

    @Test
    void countsAboutOneHundredAndFiftyBeltAndRoadCountries() {
        assertThat(countries.all().stream().filter(Country::beltAndRoad).count())
                .isBetween(140L, 160L);
    }

    @Test
    void findsCodesInAnyCase() {
        Country china = countries.find("CN").orElseThrow();

        assertThat(countries.find("cn")).hasValue(china);
        assertThat(countries.find("Cn")).hasValue(china);
        assertThat(countries.find(" cn ")).hasValue(china);
        assertThat(countries.require("country", "cn")).isEqualTo(china);
    }

    @Test
    void findsCodesInATurkishDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            assertThat(countries.find("ci")).map(Country::code).hasValue("CI");
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"XX", "  ", "CHN", "C", "156"})
    void rejectsWhatIsNotAnAlpha2Code(String code) {
        assertThat(countries.find(code)).isEmpty();
        assertThatThrownBy(() -> countries.require("hostCountry", code))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("hostCountry"))
                .hasMessageEndingWith("is not an ISO 3166-1 alpha-2 country code");
    }

    @Test
    void shortensLongInputInTheMessage() {
        assertThatThrownBy(() -> countries.require("country", "x".repeat(1000)))
                .hasMessage("'" + "x".repeat(20) + "...' is not an ISO 3166-1 alpha-2 country code");
    }

    @Test
    void readsQuotedFields() throws Exception {
        Countries parsed = parse(Countries.HEADER + "\nTW,\"Taiwan, China\",中国台湾,ASIA,false\n");

        assertThat(parsed.find("TW")).map(Country::nameEn).hasValue("Taiwan, China");
    }

    @Test
    void rejectsAWrongHeader() {
        assertThatThrownBy(() -> parse("code,name\nCN,China,中国,ASIA,false\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("header");
    }

    @Test
    void rejectsADuplicateCode() {
        assertThatThrownBy(() -> parse(Countries.HEADER + "\nCN,China,中国,ASIA,false\nCN,China,中国,ASIA,false\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("duplicate code CN");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "cn,China,中国,ASIA,false",
                "CHN,China,中国,ASIA,false",
                "CN,China,中国,Asia,false",
                "CN,China,中国,,false",
                "CN,China,中国,ASIA,yes",
                "CN,China,,ASIA,false",
                "CN,China,中国,ASIA",
                "CN,China,中国,ASIA,false,extra",
                "CN,\"China,中国,ASIA,false",
                ""
            })
    void rejectsAMalformedRow(String row) {
        assertThatThrownBy(() -> parse(Countries.HEADER + "\n" + row + "\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("countries/countries.csv line 2: ");
    }

    @Test
    void rejectsAMissingVersion() {
        assertThatThrownBy(() -> Countries.parse(" ", new StringReader(Countries.HEADER + "\n")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("version");
    }

    private void assertFact(String code, Continent continent, boolean beltAndRoad) {
        assertThat(countries.find(code)).hasValueSatisfying(country -> {
            assertThat(country.continent()).as("continent of %s", code).isEqualTo(continent);
            assertThat(country.beltAndRoad()).as("Belt and Road of %s", code).isEqualTo(beltAndRoad);
        });
    }

    private static Countries parse(String csv) throws Exception {
        return Countries.parse("test", new StringReader(csv));
    }
}
