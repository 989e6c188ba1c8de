package org.stancegraph.security;


import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Reads are open unless {@code stancegraph.security.reads-require-login} (GETs, and POST /api/extraction, which reads
 * a text and writes nothing); every write (POST, PUT, PATCH, DELETE)
 * needs the writer: HTTP Basic with {@code stancegraph.security.writer.*} or the {@code X-API-Key} header with
 * {@code stancegraph.security.api-key}. No password is built in: without either, writes are refused. Stateless,
 * so no session and no CSRF token. The Browser, the guide, the OpenAPI description, Swagger UI and actuator health
 * and info are always open. Spring Security's default headers stay, except that frames are allowed from the app
 * itself and no Content-Security-Policy is added: the app's own policy on /browser/ is the one that counts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	static final String WRITER = "WRITER";
	static final String READER = "READER";

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	/** POSTs that only read (a text too long for a query string): a reader's, like every GET. */
	private static final String[] READS_BY_POST = { "/api/extraction" };

	private static final String[] ALWAYS_OPEN = { "/", "/add-document", "/explorer/**", "/webjars/**", "/browser", "/browser/**", "/guide", "/guide/**",
			"/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**",
			"/actuator/health", "/actuator/health/**", "/actuator/info", "/error", "/favicon.ico" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, StancegraphSecurityProperties properties) {
		if (!properties.writesEnabled()) {
			log.warn("Writes are disabled (POST /api/claims answers 401) until stancegraph.security.writer.username and "
					+ ".password or stancegraph.security.api-key are configured");
		}
		ProblemResponses problems = new ProblemResponses(properties.writesEnabled());
		http.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.httpBasic(basic -> basic.realmName("stancegraph").authenticationEntryPoint(problems))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
			.addFilterBefore(new ApiKeyFilter(properties.apiKey(), problems), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(auth -> {
				// the request was authorised when it came in; its error page and async completion are part of it
				auth.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll();
				auth.requestMatchers(HttpMethod.OPTIONS, "/**").permitAll();
				if (properties.readsRequireLogin()) {
					// Neo4j Browser's Bolt endpoint (a WebSocket upgrade of GET /) reads the graph: the same login
					auth.requestMatchers(request -> "websocket".equalsIgnoreCase(request.getHeader("Upgrade")))
						.hasAnyRole(READER, WRITER);
				}
				auth.requestMatchers(HttpMethod.GET, ALWAYS_OPEN).permitAll();
				auth.requestMatchers(HttpMethod.HEAD, ALWAYS_OPEN).permitAll();
				if (properties.readsRequireLogin()) {
					auth.requestMatchers(HttpMethod.GET, "/**").hasAnyRole(READER, WRITER);
					auth.requestMatchers(HttpMethod.HEAD, "/**").hasAnyRole(READER, WRITER);
					auth.requestMatchers(HttpMethod.POST, READS_BY_POST).hasAnyRole(READER, WRITER);
				}
				else {
					auth.requestMatchers(HttpMethod.GET, "/**").permitAll();
					auth.requestMatchers(HttpMethod.HEAD, "/**").permitAll();
					auth.requestMatchers(HttpMethod.POST, READS_BY_POST).permitAll();
				}
				auth.anyRequest().hasRole(WRITER);
			});
		return http.build();
	}

	/**
	 * No observation of the filter chain, authentications or authorizations: nothing here reads them (the actuator
	 * exposes health and info only), and a disabled observation still wraps every filter of every request (issue 18's
	 * profile of a computed answer); without this bean Spring Security decorates the chain whenever Micrometer is there.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * A request the firewall refuses ({@code a%2Fb}, {@code //}, {@code ..}) is a 400 on the error page, as Spring
	 * Security's default handler makes it, but with the firewall's reason, which the problem+json error page
	 * (web.ProblemErrorController) gives as the detail.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, ex) -> response.sendError(HttpServletResponse.SC_BAD_REQUEST, ex.getMessage());
	}
}
