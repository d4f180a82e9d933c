package org.flashpoint.live;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

/**
 * The open graphql-ws connections, by session id, so that a subscription whose reader
 * fell behind can close its connection: the messages queued for it are dropped with it,
 * instead of growing the heap. The graphql-ws handler registers each connection.
 */
@Component
public class WebSocketSessions {

	/**
	 * RFC 6455's "Try Again Later": graphql-ws clients reconnect after it (unlike after
	 * 4400–4499), and a client resubscribing with its last cursor loses nothing.
	 */
	public static final CloseStatus SLOW_CONSUMER = new CloseStatus(1013,
			"Slow consumer: subscribe again with after: the last cursor received");

	private static final Log logger = LogFactory.getLog(WebSocketSessions.class);

	private final Map<String, WebSocketSession> open = new ConcurrentHashMap<>();

	public void opened(WebSocketSession session) {
		this.open.put(session.getId(), session);
	}

	public void closed(WebSocketSession session) {
		this.open.remove(session.getId());
	}

	/** Closes a connection whose reader fell behind; nothing if it is closed already. */
	void closeSlow(String sessionId) {
		WebSocketSession session = this.open.remove(sessionId);
		if (session == null) {
			return;
		}
		try {
			session.close(SLOW_CONSUMER);
		}
		catch (IOException ex) {
			logger.debug("Could not close the slow WebSocket " + sessionId, ex);
		}
	}

	/** How many connections are open (for the benchmark and health). */
	public int count() {
		return this.open.size();
	}

}
