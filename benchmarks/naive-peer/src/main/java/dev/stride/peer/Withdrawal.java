package dev.stride.peer;

import dev.stride.contracts.sets.SetVoided;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The first void of an event id: it withdraws that set if the set is the same athlete's, whenever the set comes. */
@Entity
public class Withdrawal extends PanacheEntityBase {
    @Id
    public String voidedEventId;
    public String athleteId;

    static Withdrawal of(SetVoided voided) {
        Withdrawal withdrawal = new Withdrawal();
        withdrawal.voidedEventId = voided.voidedEventId();
        withdrawal.athleteId = voided.athleteId();
        return withdrawal;
    }
}
