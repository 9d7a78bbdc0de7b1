package fr.vigie.triage;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code vigie.triage.second-approval.*}.
 *
 * @param requiredFor the decisions that wait for a second coordinator (SPEC, "Second approval"):
 *                    {@code TYPE} (every decision of that type), {@code TYPE:CHANNEL} (a referral
 *                    to that channel) or {@code TYPE:P1}..{@code TYPE:P4} (on a report of that
 *                    band). By default a referral to the police or the prosecutor, and closing a
 *                    P1 with no action: the two decisions that weigh most on a young person and
 *                    that one tired person alone should not take. Empty: no second approval.
 */
@ConfigurationProperties("vigie.triage.second-approval")
public record SecondApprovalProperties(
        @DefaultValue({ "REFERRAL:POLICE", "REFERRAL:PROSECUTOR", "NO_ACTION:P1" }) List<String> requiredFor) {

    public SecondApprovalProperties {
        requiredFor = requiredFor == null ? List.of() : requiredFor.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
