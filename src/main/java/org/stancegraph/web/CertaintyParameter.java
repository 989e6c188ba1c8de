package org.stancegraph.web;

import java.beans.PropertyEditorSupport;
import java.util.ArrayList;

import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.stancegraph.graph.Certainty;

/**
 * The {@link MinimumCertainty} parameter: a request's word read as a {@link Certainty}, exactly as
 * {@link Certainty#words()} spells it, and in the API description a string of those words with its default, from the
 * code rather than a list written out.
 * <p>
 * The word is read by an editor on every binder: through the conversion service, a word it refuses would still reach
 * Spring's fallback for enums, which takes the constant's name ({@code STATED}). A word that is none of them is a
 * type mismatch, which {@link ApiErrors} answers with a 400 naming the parameter and the words.
 */
@ControllerAdvice
class CertaintyParameter {

	@InitBinder
	void certaintyWords(WebDataBinder binder) {
		binder.registerCustomEditor(Certainty.class, new PropertyEditorSupport() {
			@Override
			public void setAsText(String word) {
				setValue(Certainty.of(word));
			}
		});
	}

	@Bean
	static OperationCustomizer certaintyWordsInTheDescription() {
		return (operation, handlerMethod) -> {
			for (MethodParameter parameter : handlerMethod.getMethodParameters()) {
				if (parameter.hasParameterAnnotation(MinimumCertainty.class) && operation.getParameters() != null) {
					operation.getParameters().stream().filter(p -> MinimumCertainty.NAME.equals(p.getName()))
						.forEach(p -> p.schema(new StringSchema()._enum(new ArrayList<>(Certainty.words()))
							._default(MinimumCertainty.DEFAULT)));
				}
			}
			return operation;
		};
	}
}
