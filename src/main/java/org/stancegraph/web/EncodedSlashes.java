package org.stancegraph.web;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

/**
 * An id typed by a user may hold an encoded slash ({@code %2F}). Tomcat would reject it as "Invalid URI" before the
 * app sees it; passed through, Spring Security's firewall refuses it with a 400 that names the {@code %2F}
 * ({@link ProblemErrorController}).
 */
@Component
class EncodedSlashes implements TomcatConnectorCustomizer {

	@Override
	public void customize(org.apache.catalina.connector.Connector connector) {
		connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
	}
}
