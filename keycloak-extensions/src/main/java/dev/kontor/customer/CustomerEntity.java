package dev.kontor.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One customer of the directory, table {@code KONTOR_CUSTOMER}: a person or a company that exists
 * before any login does. Logins point at it through their {@code customerNumber} attribute; several
 * logins may share one (company) number.
 * <p>
 * {@code NAME_KEY} is {@link CustomerNames#normalise(String) the normalised name}, kept so that
 * searching by name uses an index and matching never depends on how the name was typed.
 * No foreign keys into Keycloak's schema: rows of a removed realm are deleted by
 * {@link CustomerDirectoryLifecycle}.
 */
@Entity
@Table(name = "KONTOR_CUSTOMER")
@NamedQueries({
        @NamedQuery(name = "kontorCustomer.byNumber",
                query = "select c from CustomerEntity c where c.realmId = :realmId and c.customerNumber = :number"),
        @NamedQuery(name = "kontorCustomer.list",
                query = "select c from CustomerEntity c where c.realmId = :realmId order by c.customerNumber"),
        @NamedQuery(name = "kontorCustomer.count",
                query = "select count(c) from CustomerEntity c where c.realmId = :realmId"),
        @NamedQuery(name = "kontorCustomer.search",
                query = "select c from CustomerEntity c where c.realmId = :realmId"
                        + " and (c.customerNumber like :numberPrefix or c.nameKey like :namePrefix) order by c.customerNumber"),
        @NamedQuery(name = "kontorCustomer.countSearch",
                query = "select count(c) from CustomerEntity c where c.realmId = :realmId"
                        + " and (c.customerNumber like :numberPrefix or c.nameKey like :namePrefix)"),
        @NamedQuery(name = "kontorCustomer.deleteByNumber",
                query = "delete from CustomerEntity c where c.realmId = :realmId and c.customerNumber = :number"),
        @NamedQuery(name = "kontorCustomer.deleteForRealm",
                query = "delete from CustomerEntity c where c.realmId = :realmId")
})
public class CustomerEntity {

    public static final int NAME_LENGTH = 255;

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "CUSTOMER_NUMBER", length = 32, nullable = false)
    private String customerNumber;

    @Column(name = "NAME", length = NAME_LENGTH, nullable = false)
    private String name;

    @Column(name = "NAME_KEY", length = NAME_LENGTH, nullable = false)
    private String nameKey;

    @Column(name = "KIND", length = 16, nullable = false)
    private String kind;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

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

    public String getCustomerNumber() {
        return customerNumber;
    }

    public void setCustomerNumber(String customerNumber) {
        this.customerNumber = customerNumber;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameKey() {
        return nameKey;
    }

    public void setNameKey(String nameKey) {
        this.nameKey = nameKey;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    public long getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(long updatedAt) {
        this.updatedAt = updatedAt;
    }
}
