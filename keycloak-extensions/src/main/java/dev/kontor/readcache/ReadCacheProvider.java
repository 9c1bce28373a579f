package dev.kontor.readcache;

import org.keycloak.provider.Provider;

import java.util.Collection;
import java.util.function.Supplier;

/**
 * Portal reads served from this node's memory (Kontor's SPI {@value ReadCacheSpi#NAME}): the
 * customer endpoints that every page of the account console calls ({@code GET /portal/orders},
 * {@code /orders/{id}}, {@code /addresses}) would otherwise each cost a database transaction,
 * while Keycloak's own {@code GET /account} is served from its caches. Groups are named by
 * {@link ReadCacheGroups}; a change drops its groups on every node after it commits.
 */
public interface ReadCacheProvider extends Provider {

    /** The value of {@code key} in {@code group}, from memory or from {@code loader} (null results are not kept). */
    <T> T get(String group, String key, Supplier<T> loader);

    /** Drops the groups on every node once this session's transaction has committed; nothing on rollback. */
    void invalidateAfterCommit(Collection<String> groups);

    @Override
    default void close() {
    }
}
