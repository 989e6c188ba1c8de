package org.stancegraph.web;

import java.util.List;

import jakarta.validation.Validator;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads a {@link Paging} from the query parameters {@code offset} and {@code limit}. Spring's binding of a parameter
 * object builds a data binder and parses the record constructor's annotations by reflection on every request (a fifth
 * of the web threads' time in a cold answer, measured); the two numbers need none of it. A value that is not an
 * {@code int} is a binding failure of that field, as Spring's binding reported it; the bounds are the record's
 * constraints, checked here by Bean Validation as Spring's binding checked them.
 */
@Configuration(proxyBeanMethods = false)
class PagingParameters implements WebMvcConfigurer, HandlerMethodArgumentResolver {

	private final SpringValidatorAdapter validator;

	PagingParameters(Validator validator) {
		this.validator = new SpringValidatorAdapter(validator);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Paging.class;
	}

	@Override
	public Paging resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer, NativeWebRequest request,
			WebDataBinderFactory binderFactory) throws MethodArgumentNotValidException {
		String offset = request.getParameter("offset");
		String limit = request.getParameter("limit");
		Paging page = new Paging(null, null);
		BindingResult errors = new BeanPropertyBindingResult(page, parameter.getParameterName());
		Integer offsetValue = number(offset, "offset", errors);
		Integer limitValue = number(limit, "limit", errors);
		if (!errors.hasErrors()) {
			page = new Paging(offsetValue, limitValue);
			errors = new BeanPropertyBindingResult(page, parameter.getParameterName());
			validator.validate(page, errors);
		}
		if (errors.hasErrors()) {
			throw new MethodArgumentNotValidException(parameter, errors);
		}
		return page;
	}

	/** The parameter's value, null when absent or empty (the record's default then), or a binding failure. */
	private static Integer number(String value, String field, BindingResult errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			errors.addError(new FieldError(errors.getObjectName(), field, value, true, new String[] { "typeMismatch" }, null,
					"not a number"));
			return null;
		}
	}
}
