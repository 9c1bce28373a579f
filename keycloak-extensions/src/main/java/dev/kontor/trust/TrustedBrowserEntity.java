package dev.kontor.trust;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One browser a user trusts, table {@code KONTOR_TRUSTED_BROWSER}. The browser holds a signed
 * cookie naming this row; deleting the row revokes the trust on the server side.
 * <p>
 * No foreign keys to Keycloak's tables: rows are removed by {@link TrustedBrowserCleanup} when
 * the user or realm goes away. Times are epoch milliseconds; {@code expiresAt == null} means never.
 */
@Entity
@Table(name = "KONTOR_TRUSTED_BROWSER")
@NamedQueries({
        @NamedQuery(name = "kontorTrustedBrowser.findForUser",
                query = "select b from TrustedBrowserEntity b where b.id = :id and b.realmId = :realmId and b.userId = :userId"),
        @NamedQuery(name = "kontorTrustedBrowser.listForUserByKind",
                query = "select b from TrustedBrowserEntity b where b.realmId = :realmId and b.userId = :userId and b.kind = :kind"
                        + " order by b.createdAt desc, b.id desc"),
        @NamedQuery(name = "kontorTrustedBrowser.countForUserByKind",
                query = "select count(b) from TrustedBrowserEntity b where b.realmId = :realmId and b.userId = :userId and b.kind = :kind"),
        @NamedQuery(name = "kontorTrustedBrowser.listActiveForUser",
                query = "select b from TrustedBrowserEntity b where b.realmId = :realmId and b.userId = :userId"
                        + " and (b.expiresAt is null or b.expiresAt > :now) order by b.createdAt desc, b.id desc"),
        @NamedQuery(name = "kontorTrustedBrowser.countActiveForUser",
                query = "select count(b) from TrustedBrowserEntity b where b.realmId = :realmId and b.userId = :userId"
                        + " and (b.expiresAt is null or b.expiresAt > :now)"),
        @NamedQuery(name = "kontorTrustedBrowser.deleteForUser",
                query = "delete from TrustedBrowserEntity b where b.id = :id and b.realmId = :realmId and b.userId = :userId"),
        @NamedQuery(name = "kontorTrustedBrowser.deleteAllForUser",
                query = "delete from TrustedBrowserEntity b where b.realmId = :realmId and b.userId = :userId"),
        @NamedQuery(name = "kontorTrustedBrowser.deleteExpiredForUser",
                query = "delete from TrustedBrowserEntity b where b.realmId = :realmId and b.userId = :userId"
                        + " and b.expiresAt is not null and b.expiresAt <= :now"),
        @NamedQuery(name = "kontorTrustedBrowser.deleteForRealm",
                query = "delete from TrustedBrowserEntity b where b.realmId = :realmId")
})
public class TrustedBrowserEntity {

    public static final int NAME_LENGTH = 255;
    public static final int USER_AGENT_LENGTH = 512;

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 16, nullable = false)
    private TrustedBrowserKind kind;

    @Column(name = "NAME", length = NAME_LENGTH, nullable = false)
    private String name;

    @Column(name = "USER_AGENT", length = USER_AGENT_LENGTH)
    private String userAgent;

    /** Keycloak's browser family, e.g. "Chrome"; {@code null} when unknown or saved before it was kept. */
    @Column(name = "BROWSER", length = BrowserDevice.FIELD_LENGTH)
    private String browser;

    /** Keycloak's operating-system family, e.g. "Windows"; {@code null} like {@link #browser}. */
    @Column(name = "OS", length = BrowserDevice.FIELD_LENGTH)
    private String os;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "LAST_USED_AT", nullable = false)
    private long lastUsedAt;

    @Column(name = "EXPIRES_AT")
    private Long expiresAt;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public TrustedBrowserKind getKind() {
        return kind;
    }

    public void setKind(TrustedBrowserKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public void setUserAgent(String userAgent) {
        this.userAgent = userAgent;
    }

    public String getBrowser() {
        return browser;
    }

    public void setBrowser(String browser) {
        this.browser = browser;
    }

    public String getOs() {
        return os;
    }

    public void setOs(String os) {
        this.os = os;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    public long getLastUsedAt() {
        return lastUsedAt;
    }

    public void setLastUsedAt(long lastUsedAt) {
        this.lastUsedAt = lastUsedAt;
    }

    public Long getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(Long expiresAt) {
        this.expiresAt = expiresAt;
    }
}
