package org.openintl.faculty.talent;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.openintl.faculty.access.FacultyAccess;
import org.openintl.faculty.expert.ArrivedTalent;
import org.openintl.faculty.expert.ExpertService;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.ChangeRecord;
import org.openintl.platform.aggregate.IdempotencyKeys;
import org.openintl.platform.aggregate.Versioned;
import org.openintl.platform.country.Countries;
import org.openintl.platform.country.Country;
import org.openintl.platform.domain.StaleVersionException;
import org.openintl.platform.privacy.FieldCipher;
import org.openintl.platform.privacy.Sealed;
import org.openintl.platform.web.PageRequest;
import org.openintl.platform.web.PageResult;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The talent pipeline's commands. The arrival creates the expert record first (idempotently: its id is derived from
 * the talent's, so a retried arrival finds it) and then moves the candidate to ARRIVED with the expert's id.
 */
@Service
public class TalentService {

    static final String IDEMPOTENCY_SCOPE = "talent";

    private final TalentRepository talent;
    private final ExpertService experts;
    private final FieldCipher cipher;
    private final JsonMapper json;
    private final FacultyAccess access;
    private final Countries countries = Countries.load();

    TalentService(
            TalentRepository talent, ExpertService experts, FieldCipher cipher, JsonMapper json, FacultyAccess access) {
        this.talent = talent;
        this.experts = experts;
        this.cipher = cipher;
        this.json = json;
        this.access = access;
    }

    public Versioned<Talent> identify(TalentForm form, String idempotencyKey) {
        UUID id = IdempotencyKeys.aggregateId(IDEMPOTENCY_SCOPE, idempotencyKey);
        String fingerprint = IdempotencyKeys.fingerprint(idempotencyKey, json.writeValueAsString(form));
        Country country = countries.require("nationality", form.nationality());
        TalentProfile profile = form.profile();
        return talent.create(
                id, Talent.identify(id, profile, country, seal(id, form.personal()), experts.today()), fingerprint);
    }

    public Versioned<Talent> get(UUID id) {
        return talent.get(id);
    }

    public List<ChangeRecord> changes(UUID id) {
        return talent.changes(id);
    }

    public PageResult<Versioned<Talent>> page(TalentFilter filter, PageRequest page) {
        access.requireMaySearchByName(filter.name(), "talent candidates");
        return talent.page(filter, page);
    }

    public void forEach(TalentFilter filter, Consumer<Talent> consumer) {
        talent.forEach(filter, consumer);
    }

    public Versioned<Talent> transition(UUID id, Long ifMatch, TalentTransitionRequest request) {
        LocalDate today = experts.today();
        if (request.to() != TalentStage.ARRIVED) {
            return talent.modify(
                    id,
                    ifMatch,
                    current -> current.state().moveTo(request.to(), request.date(), request.note(), today));
        }
        Versioned<Talent> current = talent.get(id);
        if (ifMatch != null && ifMatch != current.version()) {
            throw new StaleVersionException(ifMatch, current.version());
        }
        Talent t = current.state();
        LocalDate arrivedOn = t.checkMove(TalentStage.ARRIVED, request.date(), today);
        TalentProfile p = t.profile();
        UUID expertId = experts.registerArrival(new ArrivedTalent(
                        id,
                        p.name(),
                        p.chineseName(),
                        t.nationality(),
                        p.gender(),
                        open(t).dateOfBirth(),
                        p.college(),
                        p.positionOnArrival(),
                        p.program(),
                        arrivedOn))
                .id();
        return talent.modify(
                id,
                ifMatch == null ? null : current.version(),
                latest -> latest.state().arrive(expertId, arrivedOn, request.note(), today));
    }

    public Versioned<Talent> revise(UUID id, Long ifMatch, TalentForm form) {
        Country country = countries.require("nationality", form.nationality());
        TalentProfile profile = form.profile();
        TalentPersonal personal = form.personal();
        return talent.modify(id, ifMatch, current -> {
            Talent t = current.state();
            Sealed sealed = personal.equals(open(t)) ? t.personal() : seal(id, personal);
            return t.revise(profile, country, sealed);
        });
    }

    /** Re-seals the personal data when it was sealed with a retired key; no event. */
    public Versioned<Talent> reseal(UUID id) {
        return talent.modify(id, null, current -> {
            Talent t = current.state();
            if (!cipher.isStale(t.personal())) {
                return Change.unchanged(t);
            }
            Talent resealed = new Talent(
                    t.id(),
                    t.stage(),
                    t.profile(),
                    t.nationality(),
                    t.continent(),
                    t.beltAndRoad(),
                    seal(id, open(t)),
                    t.expertId(),
                    t.history());
            return new Change<>(resealed, List.of());
        });
    }

    public List<UUID> idsSealedWithOtherKeyThan(String keyId) {
        return talent.idsSealedWithOtherKeyThan(keyId);
    }

    public TalentView view(Talent t) {
        return access.mayReadPersonalData() ? TalentView.full(t, open(t)) : TalentView.withoutPersonalData(t);
    }

    private TalentPersonal open(Talent t) {
        return json.readValue(cipher.open(t.personal(), context(t.id())), TalentPersonal.class);
    }

    private Sealed seal(UUID id, TalentPersonal personal) {
        return cipher.seal(json.writeValueAsString(personal), context(id));
    }

    private static String context(UUID id) {
        return "talent/" + id + "/personal";
    }
}
