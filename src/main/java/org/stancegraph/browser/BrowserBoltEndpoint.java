package org.stancegraph.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.tomcat.websocket.server.WsContextListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.BinaryWebSocketHandler;
import org.springframework.web.socket.server.support.OriginHandshakeInterceptor;
import org.springframework.web.socket.server.support.WebSocketHandlerMapping;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;
import org.stancegraph.database.EmbeddedBolt;

/**
 * Neo4j Browser's way into the embedded Neo4j: Bolt over WebSocket on the app's own port, relayed to the embedded
 * Bolt port. The Browser's driver opens {@code ws://host:port/} on the host it connects to, so the endpoint is the
 * root path, for WebSocket upgrades only (every other request to / goes on to the app as before).
 * <ul>
 * <li>Only pages of the app's own origin may open it: a WebSocket handshake from a page of another origin carries
 * that origin and gets 403 (Spring's {@link OriginHandshakeInterceptor}, same-origin when no origin is allowed).</li>
 * <li>The handshake is a GET under the app's security rules: open when reads are, a login when reads need one.</li>
 * <li>The session logs in as the app and can only read ({@link BrowserBoltRequests}): the page never holds the
 * password, and the curated graph changes only through validated loads.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "stancegraph.neo4j.mode", havingValue = "embedded", matchIfMissing = true)
class BrowserBoltEndpoint {

	@Bean
	WebSocketHandlerMapping browserBoltMapping(EmbeddedBolt bolt) {
		var handler = new WebSocketHttpRequestHandler(new Relay(bolt));
		handler.setHandshakeInterceptors(List.of(new OriginHandshakeInterceptor()));
		var mapping = new WebSocketHandlerMapping();
		mapping.setUrlMap(Map.of("/", handler));
		mapping.setWebSocketUpgradeMatch(true);
		mapping.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return mapping;
	}

	/** Tomcat's WebSocket container, which Spring Boot's WebSocket module would set up (not used here). */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatWebSocketContainer() {
		return factory -> factory.addContextCustomizers(
				context -> context.addApplicationListener(WsContextListener.class.getName()));
	}

	/** One TCP connection to the embedded Bolt port per WebSocket; replies are relayed as they come. */
	static final class Relay extends BinaryWebSocketHandler {

		private static final Logger log = LoggerFactory.getLogger(BrowserBoltEndpoint.class);

		private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

		private final EmbeddedBolt bolt;

		private final Map<String, Connection> connections = new ConcurrentHashMap<>();

		Relay(EmbeddedBolt bolt) {
			this.bolt = bolt;
		}

		private record Connection(Socket socket, OutputStream toServer, BrowserBoltRequests requests) {
		}

		@Override
		public void afterConnectionEstablished(WebSocketSession session) throws IOException {
			Socket socket = new Socket();
			try {
				socket.connect(new InetSocketAddress(bolt.host(), bolt.port()), CONNECT_TIMEOUT_MILLIS);
				socket.setTcpNoDelay(true);
			}
			catch (IOException ex) {
				socket.close();
				log.warn("Neo4j Browser session not relayed: embedded Bolt at {} unreachable ({})", bolt.uri(), ex.toString());
				session.close(CloseStatus.SERVICE_RESTARTED);
				return;
			}
			connections.put(session.getId(),
					new Connection(socket, socket.getOutputStream(), new BrowserBoltRequests(bolt.username(), bolt.password())));
			Thread.ofVirtual().name("browser-bolt-" + session.getId()).start(() -> relayReplies(session, socket));
			log.debug("Neo4j Browser session {} from {} relayed read-only to {}", session.getId(),
					session.getRemoteAddress(), bolt.uri());
		}

		@Override
		protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) throws IOException {
			Connection connection = connections.get(session.getId());
			if (connection == null) {
				return;
			}
			ByteBuffer payload = message.getPayload();
			byte[] bytes = new byte[payload.remaining()];
			payload.get(bytes);
			byte[] forward;
			try {
				forward = connection.requests().accept(bytes, 0, bytes.length);
			}
			catch (BrowserBoltRequests.BoltViolation ex) {
				log.info("Neo4j Browser session {} closed: {}", session.getId(), ex.getMessage());
				session.close(CloseStatus.PROTOCOL_ERROR.withReason(ex.getMessage()));
				return;
			}
			if (forward.length > 0) {
				connection.toServer().write(forward);
				connection.toServer().flush();
			}
		}

		/** Bolt messages may span WebSocket frames and frames may be split: the requests are a byte stream. */
		@Override
		public boolean supportsPartialMessages() {
			return true;
		}

		@Override
		public void afterConnectionClosed(WebSocketSession session, CloseStatus status) throws IOException {
			Connection connection = connections.remove(session.getId());
			if (connection != null) {
				connection.socket().close();
			}
		}

		private void relayReplies(WebSocketSession session, Socket socket) {
			byte[] buffer = new byte[64 * 1024];
			try (InputStream fromServer = socket.getInputStream()) {
				int read;
				while ((read = fromServer.read(buffer)) >= 0) {
					if (read > 0) {
						session.sendMessage(new BinaryMessage(Arrays.copyOf(buffer, read)));
					}
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the page went away or the server closed the connection: both ends are closed below
				log.debug("Neo4j Browser session {} ended: {}", session.getId(), ex.toString());
			}
			try {
				session.close();
			}
			catch (IOException ex) {
				log.debug("Neo4j Browser session {} close: {}", session.getId(), ex.toString());
			}
		}
	}
}
