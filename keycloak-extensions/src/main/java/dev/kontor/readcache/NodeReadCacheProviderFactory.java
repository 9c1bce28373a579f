package dev.kontor.readcache;

import dev.kontor.event.KontorEvent;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

import java.util.List;
import java.util.Set;

/**
 * Owns this node's {@link ReadCache} and connects it: every Kontor event names the groups it makes
 * stale ({@link ReadCacheGroups#of}); they are dropped here and on the other nodes after the
 * change commits. Options ({@code --spi-kontor-read-cache--default--ttl-seconds=…}):
 * {@value #TTL_SECONDS} (default {@value #DEFAULT_TTL_SECONDS}, 0 turns the cache off) and
 * {@value #MAX_ENTRIES} (default {@value #DEFAULT_MAX_ENTRIES}).
 */
public class NodeReadCacheProviderFactory implements ReadCacheProviderFactory {

    public static final String PROVIDER_ID = "default";
    static final String TTL_SECONDS = "ttlSeconds";
    static final String MAX_ENTRIES = "maxEntries";
    static final int DEFAULT_TTL_SECONDS = 60;
    static final int DEFAULT_MAX_ENTRIES = 10_000;

    private volatile ReadCache cache;
    private volatile boolean listening;

    @Override
    public ReadCacheProvider create(KeycloakSession session) {
        if (!listening) {
            listen(session);
        }
        return new NodeReadCacheProvider(session, cache);
    }

    /**
     * Registers for the other nodes' invalidations on first use, as Keycloak's key cache does (the
     * cluster provider needs a session): a node holds entries only after a first use.
     */
    private synchronized void listen(KeycloakSession session) {
        if (!listening) {
            ClusterInvalidations.listen(session, cache);
            listening = true;
        }
    }

    @Override
    public void init(Config.Scope config) {
        int ttlSeconds = Math.max(0, config.getInt(TTL_SECONDS, DEFAULT_TTL_SECONDS));
        int maxEntries = Math.max(1, config.getInt(MAX_ENTRIES, DEFAULT_MAX_ENTRIES));
        cache = new ReadCache(maxEntries, ttlSeconds * 1000L, System::currentTimeMillis);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof KontorEvent kontorEvent) {
                Set<String> groups = ReadCacheGroups.of(kontorEvent);
                if (!groups.isEmpty()) {
                    kontorEvent.session().getProvider(ReadCacheProvider.class).invalidateAfterCommit(groups);
                }
            }
        });
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(TTL_SECONDS).type("int").defaultValue(DEFAULT_TTL_SECONDS)
                .helpText("Seconds a cached portal read is served at most (bounds what a lost cluster message leaves); 0 turns the cache off.").add()
                .property().name(MAX_ENTRIES).type("int").defaultValue(DEFAULT_MAX_ENTRIES)
                .helpText("Cached reads (order details, order list pages, address book pages) per node before the cache starts over.").add()
                .build();
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
