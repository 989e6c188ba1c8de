package org.stancegraph.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * A TCP port on loopback that carries each connection to the app's Bolt-over-WebSocket endpoint, so that the Neo4j
 * Java driver (which speaks Bolt over TCP only) can talk to the endpoint as Neo4j Browser's driver does.
 */
final class WebSocketBoltBridge implements AutoCloseable {

	private final ServerSocket server;

	private final URI endpoint;

	private final HttpClient http = HttpClient.newHttpClient();

	WebSocketBoltBridge(URI endpoint) throws IOException {
		this.endpoint = endpoint;
		this.server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
		Thread.ofVirtual().name("ws-bolt-bridge").start(this::accept);
	}

	String boltUri() {
		return "bolt://127.0.0.1:" + server.getLocalPort();
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket client = server.accept();
				Thread.ofVirtual().start(() -> relay(client));
			}
			catch (IOException closed) {
				return;
			}
		}
	}

	private void relay(Socket client) {
		try (client; InputStream in = client.getInputStream(); OutputStream out = client.getOutputStream()) {
			WebSocket socket = http.newWebSocketBuilder()
				.buildAsync(endpoint, new WebSocket.Listener() {
					@Override
					public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
						try {
							byte[] bytes = new byte[data.remaining()];
							data.get(bytes);
							out.write(bytes);
							out.flush();
						}
						catch (IOException ex) {
							webSocket.abort();
						}
						webSocket.request(1);
						return null;
					}

					@Override
					public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
						closeQuietly(client);
						return null;
					}
				})
				.get(10, TimeUnit.SECONDS);
			byte[] buffer = new byte[16 * 1024];
			int read;
			while ((read = in.read(buffer)) >= 0) {
				socket.sendBinary(ByteBuffer.wrap(buffer, 0, read), true).get(10, TimeUnit.SECONDS);
			}
			socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			// the driver or the endpoint hung up: the test sees it on the driver's side
		}
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ignored) {
			// closing anyway
		}
	}

	@Override
	public void close() throws IOException {
		server.close();
	}
}
