package org.stancegraph.web;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

/**
 * An id typed by a user may hold an encoded slash ({@code %2F}). Tomcat would reject it with an HTML page before
 * the app sees it; passed through, the id validation answers with a problem+json 400 like any other bad id.
 */
@Component
class EncodedSlashes implements TomcatConnectorCustomizer {

	@Override
	public void customize(org.apache.catalina.connector.Connector connector) {
		connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
	}
}
