package dev.kontor.readcache;

import org.keycloak.provider.ProviderFactory;

/** Factories of {@link ReadCacheProvider}; the one implementation is {@link NodeReadCacheProviderFactory}. */
public interface ReadCacheProviderFactory extends ProviderFactory<ReadCacheProvider> {
}
