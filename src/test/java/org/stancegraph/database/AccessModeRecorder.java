package org.stancegraph.database;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records the access mode of every session the app opens, by wrapping its driver. No cluster runs here, so this is
 * how the tests prove that reads ask for READ sessions, which a neo4j:// cluster routes to its readers.
 */
@TestConfiguration(proxyBeanMethods = false)
public class AccessModeRecorder {

	private final List<AccessMode> modes = new CopyOnWriteArrayList<>();

	public List<AccessMode> modes() {
		return List.copyOf(modes);
	}

	public void clear() {
		modes.clear();
	}

	@Bean
	static BeanPostProcessor recordingDriver(org.springframework.beans.factory.ObjectProvider<AccessModeRecorder> recorder) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!(bean instanceof Driver driver)) {
					return bean;
				}
				return Proxy.newProxyInstance(Driver.class.getClassLoader(), new Class<?>[] { Driver.class }, (proxy, method, args) -> {
					if (method.getName().equals("session")) {
						AccessMode mode = AccessMode.WRITE; // the driver's default when no config says otherwise
						for (Object arg : args == null ? new Object[0] : args) {
							if (arg instanceof SessionConfig config) {
								mode = config.defaultAccessMode();
							}
						}
						recorder.getObject().modes.add(mode);
					}
					try {
						return method.invoke(driver, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
			}
		};
	}
}
