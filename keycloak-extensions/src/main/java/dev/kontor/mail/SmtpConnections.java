package dev.kontor.mail;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;

import org.jboss.logging.Logger;

/**
 * One Jakarta Mail {@link Session} per SMTP configuration, and a few idle, connected transports
 * per configuration that later mails reuse.
 *
 * <p>Why: Keycloak's sender creates a session (two {@code ServiceLoader} scans plus resource
 * lookups) and opens, greets, authenticates and quits an SMTP connection for every mail. For a
 * login code that was most of the mail's CPU. Both caches hold no state of a user or a login, only
 * configuration and sockets, so a node of a cluster may keep its own.
 *
 * <p>A connection is used by one thread at a time; it goes back to the idle queue only after a
 * successful send, and is closed when it has idled longer than {@code idleMillis} or the queue is
 * full. If a reused connection fails (the server may have dropped it), the mail is sent once more
 * on a new one.
 */
final class SmtpConnections implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SmtpConnections.class);
    /** More configurations than this (many realms with their own servers) and the cache starts over. */
    private static final int MAX_CONFIGURATIONS = 64;

    /** Connects and authenticates a new transport (Keycloak's EmailAuthenticator for the auth type). */
    @FunctionalInterface
    interface Connector {
        void connect(Transport transport) throws Exception;
    }

    private final long idleMillis;
    private final int maxIdlePerConfiguration;
    private final LongSupplier clock;
    private final Map<SmtpSettings, Endpoint> endpoints = new ConcurrentHashMap<>();
    private final AtomicLong opened = new AtomicLong();
    private volatile long lastSweep;

    SmtpConnections(long idleMillis, int maxIdlePerConfiguration, LongSupplier clock) {
        this.idleMillis = idleMillis;
        this.maxIdlePerConfiguration = maxIdlePerConfiguration;
        this.clock = clock;
    }

    /** The session for these settings; {@code create} runs only for settings not seen before. */
    Session session(SmtpSettings settings, Supplier<Session> create) {
        return endpoint(settings, create).session;
    }

    void send(SmtpSettings settings, Session session, Message message, Address[] recipients, Connector connector) throws Exception {
        Endpoint endpoint = endpoint(settings, () -> session);
        sweepIfDue();
        Idle reused = endpoint.takeFresh(clock.getAsLong(), idleMillis);
        if (reused != null) {
            try {
                reused.transport.sendMessage(message, recipients);
                keepOrClose(settings, endpoint, reused.transport);
                return;
            } catch (MessagingException | RuntimeException e) {
                LOG.debugf(e, "SMTP send on a reused connection failed; sending on a new connection");
                closeQuietly(reused.transport);
            }
        }
        Transport transport = endpoint.session.getTransport("smtp");
        try {
            connector.connect(transport);
            opened.incrementAndGet();
            transport.sendMessage(message, recipients);
        } catch (Exception e) {
            closeQuietly(transport);
            throw e;
        }
        keepOrClose(settings, endpoint, transport);
    }

    /**
     * Puts a connection that just sent a mail back for reuse, or closes it: when reuse is off, the
     * idle queue is full, or its configuration was dropped meanwhile (cache overflow, shutdown),
     * since nobody would ever take or close it there.
     */
    private void keepOrClose(SmtpSettings settings, Endpoint endpoint, Transport transport) {
        boolean kept = idleMillis > 0 && endpoints.get(settings) == endpoint
                && endpoint.giveBack(transport, clock.getAsLong(), maxIdlePerConfiguration);
        if (!kept) {
            closeQuietly(transport);
        }
    }

    /** Connections opened so far (for tests and the benchmark's explanation). */
    long openedConnections() {
        return opened.get();
    }

    int idleConnections() {
        return endpoints.values().stream().mapToInt(e -> e.idle.size()).sum();
    }

    @Override
    public void close() {
        List<Endpoint> all = new ArrayList<>(endpoints.values());
        endpoints.clear();
        all.forEach(Endpoint::closeAll);
    }

    private Endpoint endpoint(SmtpSettings settings, Supplier<Session> create) {
        Endpoint endpoint = endpoints.get(settings);
        if (endpoint != null) {
            return endpoint;
        }
        if (endpoints.size() >= MAX_CONFIGURATIONS) {
            close();
        }
        return endpoints.computeIfAbsent(settings, s -> new Endpoint(create.get()));
    }

    /** Closes connections that idled too long, at most once per idle period. */
    private void sweepIfDue() {
        long now = clock.getAsLong();
        if (now - lastSweep < idleMillis) {
            return;
        }
        lastSweep = now;
        endpoints.values().forEach(e -> e.closeExpired(now, idleMillis));
    }

    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException | RuntimeException e) {
            LOG.tracef(e, "closing an SMTP connection failed");
        }
    }

    private record Idle(Transport transport, long since) {
    }

    private static final class Endpoint {
        final Session session;
        final Deque<Idle> idle = new ConcurrentLinkedDeque<>();

        Endpoint(Session session) {
            this.session = session;
        }

        /** The most recently used idle connection that has not expired; expired ones are closed. */
        Idle takeFresh(long now, long idleMillis) {
            Idle candidate;
            while ((candidate = idle.pollFirst()) != null) {
                if (now - candidate.since <= idleMillis) {
                    return candidate;
                }
                closeQuietly(candidate.transport);
            }
            return null;
        }

        boolean giveBack(Transport transport, long now, int max) {
            if (idle.size() >= max) {
                return false;
            }
            idle.offerFirst(new Idle(transport, now));
            return true;
        }

        void closeExpired(long now, long idleMillis) {
            for (Idle entry : idle) {
                if (now - entry.since > idleMillis && idle.remove(entry)) {
                    closeQuietly(entry.transport);
                }
            }
        }

        void closeAll() {
            Idle entry;
            while ((entry = idle.pollFirst()) != null) {
                closeQuietly(entry.transport);
            }
        }
    }
}
