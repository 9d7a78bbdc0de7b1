package fr.vigie.infrastructure;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

class OnPropertyAbsentCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var attributes = metadata.getAnnotationAttributes(ConditionalOnPropertyAbsent.class.getName());
        String property = (String) attributes.get("value");
        return !StringUtils.hasText(context.getEnvironment().getProperty(property));
    }
}
