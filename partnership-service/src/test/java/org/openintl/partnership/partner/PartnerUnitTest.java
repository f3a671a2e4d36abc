package org.openintl.partnership.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.PendingEvent;
import org.openintl.platform.country.Countries;
import org.openintl.platform.domain.MultilingualText;

/** The partner's commands return their change and events; a command with nothing to do is unchanged. */
class PartnerUnitTest {

    private static final PartnerRequest REQUEST = new PartnerRequest(
            new MultilingualText(null, "University of Bonn", null),
            " ",
            "de",
            "Bonn",
            PartnerType.UNIVERSITY,
            null,
            List.of(),
            null);

    @Test
    void registrationTakesContinentFromTheCountryAndIsAnnounced() {
        Change<Partner> registered =
                Partner.register(UUID.randomUUID(), REQUEST, Countries.load().require("country", "de"));
        assertThat(registered.changed()).isTrue();
        assertThat(registered.state().country()).isEqualTo("DE");
        assertThat(registered.state().originalName()).isNull();
        assertThat(registered.events()).extracting(PendingEvent::type).containsExactly(PartnerEvent.REGISTERED);
    }

    @Test
    void archivingTwiceChangesNothingTheSecondTime() {
        Partner partner = Partner.register(
                        UUID.randomUUID(), REQUEST, Countries.load().require("country", "DE"))
                .state();
        Change<Partner> archived = partner.archive();
        assertThat(archived.state().archived()).isTrue();
        assertThat(archived.events()).extracting(PendingEvent::type).containsExactly(PartnerEvent.ARCHIVED);

        Change<Partner> again = archived.state().archive();
        assertThat(again.changed()).isFalse();
        assertThat(again.events()).isEmpty();
        assertThat(again.state()).isSameAs(archived.state());
    }
}
