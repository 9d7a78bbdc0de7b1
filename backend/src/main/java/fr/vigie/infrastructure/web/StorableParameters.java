package fr.vigie.infrastructure.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Query parameters, path variables and headers bound as text must be {@link StorableText
 * storable} too: a NUL in {@code ?externalId=} reached PostgreSQL and answered 500. The refusal
 * is a type mismatch of that parameter, which {@link ApiProblems} answers 400 naming it.
 */
@ControllerAdvice
class StorableParameters {

    @InitBinder
    void refuseUnstorableText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                StorableText.fault(text).ifPresent(fault -> {
                    throw new IllegalArgumentException(fault);
                });
                setValue(text);
            }
        });
    }
}
