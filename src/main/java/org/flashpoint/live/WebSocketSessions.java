package org.flashpoint.live;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketSessionDecorator;

/**
 * The open graphql-ws connections, by session id: the handler registers each, sends
 * through {@link #tracked} so that its subscriptions hand on items only as fast as the
 * socket takes them ({@link SendGate}), and a connection whose reader fell behind is
 * closed with 1013 after the error that tells it so.
 */
@Component
public class WebSocketSessions {

	/**
	 * RFC 6455's "Try Again Later": graphql-ws clients reconnect after it (unlike after
	 * 4400–4499), and a client resubscribing with its last cursor loses nothing.
	 */
	public static final CloseStatus SLOW_CONSUMER = new CloseStatus(1013,
			"Slow consumer: subscribe again with after: the last cursor received");

	/** How the error that ends a slow subscription is recognised among the messages. */
	private static final String SLOW_CONSUMER_ERROR = '"' + LiveErrorType.SLOW_CONSUMER.name() + '"';

	private static final Log logger = LogFactory.getLog(WebSocketSessions.class);

	private final Map<String, WebSocketSession> open = new ConcurrentHashMap<>();

	private final Map<String, SendGate> gates = new ConcurrentHashMap<>();

	private final LiveProperties properties;

	WebSocketSessions(LiveProperties properties) {
		this.properties = properties;
	}

	public void opened(WebSocketSession session) {
		this.open.put(session.getId(), session);
		this.gates.put(session.getId(), new SendGate(this.properties.inFlight()));
	}

	public void closed(WebSocketSession session) {
		this.open.remove(session.getId());
		this.gates.remove(session.getId());
	}

	/**
	 * The session as the graphql-ws handler should send through it: each message written
	 * opens its {@link SendGate} for the next.
	 */
	public WebSocketSession tracked(WebSocketSession session) {
		SendGate gate = this.gates.get(session.getId());
		if (gate == null) {
			return session;
		}
		return new WebSocketSessionDecorator(session) {

			@Override
			public void sendMessage(WebSocketMessage<?> message) throws IOException {
				try {
					super.sendMessage(message);
				}
				finally {
					gate.sent();
				}
				if (gate.slow() && message instanceof TextMessage text
						&& text.getPayload().contains(SLOW_CONSUMER_ERROR)) {
					closeSlow(getId());
				}
			}

		};
	}

	/** The gate of an open connection; empty once it closed. */
	Optional<SendGate> gate(String sessionId) {
		return Optional.ofNullable(this.gates.get(sessionId));
	}

	/**
	 * Marks a connection whose reader fell behind, to be closed with 1013 once the
	 * {@code SLOW_CONSUMER} error of its subscription is written. Not at once: its socket
	 * is in the middle of a message the reader has not taken, and a close frame cannot
	 * pass it — the server would drop the connection (1006) and the reader would never
	 * learn why. A reader that never reads again is dropped when the send times out.
	 */
	void markSlow(String sessionId) {
		SendGate gate = this.gates.get(sessionId);
		if (gate != null) {
			gate.markSlow();
		}
	}

	private void closeSlow(String sessionId) {
		this.gates.remove(sessionId);
		WebSocketSession session = this.open.remove(sessionId);
		if (session == null) {
			return;
		}
		// Not on the thread that sends: Spring's handler is in the middle of its work.
		Schedulers.boundedElastic().schedule(() -> {
			try {
				session.close(SLOW_CONSUMER);
			}
			catch (IOException ex) {
				logger.debug("Could not close the slow WebSocket " + sessionId, ex);
			}
		});
	}

	/** How many connections are open (for the benchmark and health). */
	public int count() {
		return this.open.size();
	}

}
