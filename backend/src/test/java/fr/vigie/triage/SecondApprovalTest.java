package fr.vigie.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class SecondApprovalTest {

    @Test
    void byDefaultAPoliceOrProsecutorReferralAndANoActionOnAP1WaitForASecondCoordinator() {
        var rules = new SecondApproval(new SecondApprovalProperties(List.of("REFERRAL:POLICE", "REFERRAL:PROSECUTOR", "NO_ACTION:P1")));
        assertThat(rules.requiredFor(DecisionType.REFERRAL, "POLICE", PriorityBand.P3)).isTrue();
        assertThat(rules.requiredFor(DecisionType.REFERRAL, "PROSECUTOR", PriorityBand.P1)).isTrue();
        assertThat(rules.requiredFor(DecisionType.REFERRAL, "CRIP", PriorityBand.P1)).isFalse();
        assertThat(rules.requiredFor(DecisionType.NO_ACTION, null, PriorityBand.P1)).isTrue();
        assertThat(rules.requiredFor(DecisionType.NO_ACTION, null, PriorityBand.P2)).isFalse();
        assertThat(rules.requiredFor(DecisionType.CONTACT, "PHONE", PriorityBand.P1)).isFalse();
    }

    @Test
    void aWholeTypeOrNothingAtAll() {
        var all = new SecondApproval(new SecondApprovalProperties(List.of("duplicate")));
        assertThat(all.requiredFor(DecisionType.DUPLICATE, null, PriorityBand.P4)).isTrue();
        assertThat(new SecondApproval(new SecondApprovalProperties(List.of(" "))).rules()).isEmpty();
        assertThat(new SecondApproval(new SecondApprovalProperties(null)).rules()).isEmpty();
    }

    @Test
    void aRuleThatNamesNothingKnownStopsTheStart() {
        assertThatThrownBy(() -> SecondApproval.parse("REFERAL:POLICE")).hasMessageContaining("second-approval.required-for");
        assertThatThrownBy(() -> SecondApproval.parse("REFERRAL:GENDARMERIE")).hasMessageContaining("referral channel");
        assertThatThrownBy(() -> SecondApproval.parse("NO_ACTION:POLICE")).hasMessageContaining("P1..P4");
    }
}
