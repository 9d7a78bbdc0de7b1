package fr.vigie.infrastructure.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param maxBody the largest request body the API reads (SPEC: 1 MiB) */
@ConfigurationProperties("vigie.web")
record RequestBodyLimitProperties(@DefaultValue("1MB") DataSize maxBody) {
}
