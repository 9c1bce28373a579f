package dev.kontor.readcache;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** Kontor's read-cache SPI; its one implementation is {@link NodeReadCacheProviderFactory}. */
public class ReadCacheSpi implements Spi {

    public static final String NAME = "kontor-read-cache";

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return ReadCacheProvider.class;
    }

    @Override
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return ReadCacheProviderFactory.class;
    }
}
