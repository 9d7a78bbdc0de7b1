package fr.vigie.processing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code vigie.rules.*}: how the rules in force follow a publication made on any instance, and
 * how the rescoring that follows runs.
 *
 * @param recheckEvery how often, at most, an instance reads the latest rules version from
 *                     PostgreSQL when it uses the rules: the bound on how long an instance that
 *                     missed a publication's announcement keeps the previous rules
 * @param rescoring    the background rescoring of open reports
 */
@ConfigurationProperties("vigie.rules")
public record RulesProperties(@DefaultValue("10s") Duration recheckEvery, @DefaultValue Rescoring rescoring) {

    /**
     * @param lease           how long a rescoring stays with its instance without news from it;
     *                        renewed at every report, so past it the instance is taken for dead
     *                        and another one resumes the rescoring
     * @param resumeCheck     how often each instance looks for a rescoring to resume
     * @param maxPerSecond    reports rescored per second at most (0: no limit), so that a large
     *                        rescoring leaves PostgreSQL to the intake
     */
    public record Rescoring(@DefaultValue("30s") Duration lease, @DefaultValue("5s") Duration resumeCheck,
            @DefaultValue("0") int maxPerSecond) {
    }
}
