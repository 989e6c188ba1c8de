package org.stancegraph.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import static org.stancegraph.security.SecurityConfiguration.READER;
import static org.stancegraph.security.SecurityConfiguration.WRITER;

/**
 * The users from {@code stancegraph.security.writer} and {@code .reader}, and no one else. Also in the commands'
 * non-web runs, so that Spring Boot never generates a default user with a logged password.
 */
@Configuration(proxyBeanMethods = false)
class SecurityUsers {

	/** The configured users only; replaces Boot's generated default user and its logged password. */
	@Bean
	InMemoryUserDetailsManager stancegraphUsers(StancegraphSecurityProperties properties) {
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		List<UserDetails> users = new ArrayList<>();
		if (properties.writer().configured()) {
			users.add(user(properties.writer(), WRITER, encoder));
		}
		if (properties.reader().configured()) {
			if (properties.writer().configured() && properties.reader().username().equals(properties.writer().username())) {
				throw new IllegalStateException("stancegraph.security.reader.username must differ from the writer's");
			}
			users.add(user(properties.reader(), READER, encoder));
		}
		return new InMemoryUserDetailsManager(users);
	}

	private static UserDetails user(StancegraphSecurityProperties.User user, String role, PasswordEncoder encoder) {
		String password = user.password();
		// an encoded password names its encoder ({bcrypt}...); a plain one is hashed here, never kept as given
		String encoded = password.startsWith("{") && password.indexOf('}') > 1 ? password : encoder.encode(password);
		return User.withUsername(user.username()).password(encoded).roles(role).build();
	}
}
