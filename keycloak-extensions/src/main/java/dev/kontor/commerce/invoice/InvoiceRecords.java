package dev.kontor.commerce.invoice;

import dev.kontor.http.ProblemException;
import dev.kontor.event.KontorEvent;
import dev.kontor.event.OrderEvents;
import dev.kontor.event.Owner;
import jakarta.persistence.EntityManager;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.KeycloakModelUtils;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Invoices as the ERP reports them, by invoice number (unique per realm). The order is passed as
 * its ids, not as an entity: the order package reads invoices, so this one must not import it.
 * A new invoice number is the event {@code order.invoice_issued}; the payment of an open invoice
 * {@code order.invoice_paid}.
 */
public final class InvoiceRecords {

    private final KeycloakSession session;
    private final EntityManager em;
    private final String realmId;

    public InvoiceRecords(KeycloakSession session, EntityManager em, String realmId) {
        this.session = session;
        this.em = em;
        this.realmId = realmId;
    }

    /** Who the invoice's order belongs to; an invoice follows its order's customer. */
    public record OrderRef(String id, String number, String userId, String customerNumber) {
    }

    /** The checked fields of an invoice; {@code paidAt} and {@code documentUrl} may be null. */
    public record Terms(BigDecimal amount, String currency, LocalDate issuedOn, LocalDate dueOn, Long paidAt, String documentUrl) {
    }

    public record Outcome(InvoiceEntity invoice, boolean created) {
    }

    public InvoiceEntity find(String number) {
        return InvoiceStore.byNumber(em, realmId, number);
    }

    /** Creates or updates the invoice; 409 {@code invoice_number_taken} when the number is another order's. */
    public Outcome record(OrderRef order, String number, Terms terms, long now) {
        InvoiceEntity invoice = find(number);
        boolean created = invoice == null;
        if (created) {
            invoice = new InvoiceEntity();
            invoice.setId(KeycloakModelUtils.generateId());
            invoice.setRealmId(realmId);
            invoice.setNumber(number);
            invoice.setOrderId(order.id());
            invoice.setCreatedAt(now);
        } else if (!invoice.getOrderId().equals(order.id())) {
            throw ProblemException.conflict("invoice_number_taken", "This invoice number belongs to another order.");
        }
        invoice.setUserId(order.userId());
        invoice.setCustomerNumber(order.customerNumber());
        invoice.setAmount(terms.amount());
        invoice.setCurrency(terms.currency());
        invoice.setIssuedOn(terms.issuedOn());
        invoice.setDueOn(terms.dueOn());
        invoice.setPaidAt(terms.paidAt());
        invoice.setDocumentUrl(terms.documentUrl());
        invoice.setUpdatedAt(now);
        if (created) {
            em.persist(invoice);
            KontorEvent.publish(new OrderEvents.InvoiceIssued(session, owner(order), order.id(), order.number(), invoice.getId(),
                    number, terms.amount(), terms.currency(), terms.dueOn()));
        }
        return new Outcome(invoice, created);
    }

    /** Records the payment of the order's invoice; paying an invoice that is paid already only corrects the date. */
    public void pay(OrderRef order, InvoiceEntity invoice, long paidAt, long now) {
        boolean open = invoice.getPaidAt() == null;
        invoice.setPaidAt(paidAt);
        invoice.setUpdatedAt(now);
        if (open) {
            KontorEvent.publish(new OrderEvents.InvoicePaid(session, owner(order), order.id(), order.number(), invoice.getId(),
                    invoice.getNumber()));
        }
    }

    private Owner owner(OrderRef order) {
        return new Owner(realmId, order.userId(), order.customerNumber());
    }
}
