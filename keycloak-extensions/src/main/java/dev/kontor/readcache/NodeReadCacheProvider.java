package dev.kontor.readcache;

import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

/** The per-session face of the node's {@link ReadCache}; it keeps nothing but the session's pending invalidations. */
final class NodeReadCacheProvider implements ReadCacheProvider {

    private static final String PENDING = NodeReadCacheProvider.class.getName() + ".pending";

    private final KeycloakSession session;
    private final ReadCache cache;

    NodeReadCacheProvider(KeycloakSession session, ReadCache cache) {
        this.session = session;
        this.cache = cache;
    }

    @Override
    public <T> T get(String group, String key, Supplier<T> loader) {
        return cache.get(group, key, loader);
    }

    @Override
    public void invalidateAfterCommit(Collection<String> groups) {
        @SuppressWarnings("unchecked")
        Set<String> pending = (Set<String>) session.getAttribute(PENDING);
        if (pending == null) {
            Set<String> collected = new LinkedHashSet<>();
            session.setAttribute(PENDING, collected);
            session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
                @Override
                protected void commitImpl() {
                    // Here first, so this node's next read cannot serve the old state; then the others.
                    collected.forEach(cache::invalidate);
                    ClusterInvalidations.send(session, collected);
                }

                @Override
                protected void rollbackImpl() {
                    // Nothing changed.
                }
            });
            pending = collected;
        }
        pending.addAll(groups);
    }
}
