package dev.kontor.readcache;

import org.jboss.logging.Logger;
import org.keycloak.cluster.ClusterProvider;
import org.keycloak.keys.infinispan.PublicKeyStorageInvalidationEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.cache.infinispan.events.InvalidationEvent;

import java.util.Collection;

/**
 * Carries group invalidations to the other nodes over Keycloak's {@link ClusterProvider} (the
 * {@code work} cache, as Keycloak's own caches do), under Kontor's task key.
 * <p>
 * Why a Keycloak event class: since 26 every cluster message is marshalled with ProtoStream, and a
 * provider jar cannot add a type to Keycloak's schema. {@link PublicKeyStorageInvalidationEvent}
 * is the schema's plain "one string id" invalidation message; listeners are chosen by task key,
 * so Keycloak's key cache never sees ours. {@code ClusterIT} proves the round trip on two nodes.
 */
final class ClusterInvalidations {

    static final String TASK_KEY = "kontor-read-cache";
    private static final Logger LOG = Logger.getLogger(ClusterInvalidations.class);

    private ClusterInvalidations() {
    }

    /** Applies every other node's invalidations to this node's cache. */
    static void listen(KeycloakSession session, ReadCache cache) {
        ClusterProvider cluster = session.getProvider(ClusterProvider.class);
        if (cluster == null) {
            LOG.warn("No cluster provider: Kontor's read cache is invalidated on this node only.");
            return;
        }
        cluster.registerListener(TASK_KEY, event -> {
            if (event instanceof InvalidationEvent invalidation) {
                cache.invalidate(invalidation.getId());
            }
        });
    }

    /** Tells the other nodes (the sender has already applied them); a failure is logged, never thrown. */
    static void send(KeycloakSession session, Collection<String> groups) {
        ClusterProvider cluster = session.getProvider(ClusterProvider.class);
        if (cluster == null || groups.isEmpty()) {
            return;
        }
        try {
            cluster.notify(TASK_KEY, groups.stream().map(PublicKeyStorageInvalidationEvent::create).toList(), true);
        } catch (RuntimeException e) {
            // The change has committed and must not turn into an error now; the other nodes' copies
            // expire within the cache's time to live.
            LOG.warnf(e, "Could not tell the other nodes to drop %d read-cache groups", groups.size());
        }
    }
}
