package org.stancegraph.browser;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves Neo4j Browser (the browser/ folder of the neo4j-browser jar) at /browser/, with the app's own script beside
 * it ({@link BrowserPageController}). The embedded Neo4j's own HTTP server stays off, so the app is where the
 * Browser's files come from; the Browser then talks Bolt over WebSocket to the address it finds through
 * {@link BrowserDiscoveryController}.
 */
@Configuration(proxyBeanMethods = false)
class BrowserConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/browser/**").addResourceLocations("classpath:/stancegraph-browser/", "classpath:/browser/");
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/browser", "/browser/");
	}
}
