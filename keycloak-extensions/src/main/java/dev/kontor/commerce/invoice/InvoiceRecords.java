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
 * an {@link OrderRef}, not as an entity: the order package reads invoices, so this one must not
 * import it. Every change rewrites the order's read model (the ref's refresh) in the same
 * transaction. A new invoice number is the event {@code order.invoice_issued}; the payment of an
 * open invoice {@code order.invoice_paid}.
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

    /**
     * The invoice's order as this package may know it: who it belongs to (an invoice follows its
     * order's customer), its currency (an invoice's when the ERP names none), and how the order
     * package rewrites its read model after a change to its invoices.
     */
    public record OrderRef(String id, String number, String userId, String customerNumber, String currency,
                           Runnable refreshReadModel) {
    }

    /**
     * The parsed fields of an invoice; {@code currency} null for the order's, {@code paidAt} and
     * {@code documentUrl} may be null.
     */
    public record Terms(BigDecimal amount, String currency, LocalDate issuedOn, LocalDate dueOn, Long paidAt, String documentUrl) {
    }

    public record Outcome(InvoiceEntity invoice, boolean created) {
    }

    /** The order's invoice with this number, or 404 {@code invoice_not_found} (also when it is another order's). */
    public InvoiceEntity ofOrder(OrderRef order, String number) {
        InvoiceEntity invoice = InvoiceStore.byNumber(em, realmId, number);
        if (invoice == null || !invoice.getOrderId().equals(order.id())) {
            throw ProblemException.notFound("invoice_not_found", "This order has no invoice with this number.");
        }
        return invoice;
    }

    /**
     * Creates or updates the invoice: 422 when it would be due before it is issued, 409
     * {@code invoice_number_taken} when the number is another order's.
     */
    public Outcome record(OrderRef order, String number, Terms terms, long now) {
        if (terms.dueOn().isBefore(terms.issuedOn())) {
            throw ProblemException.invalidField("dueOn", "invalid_date", "The due date cannot be before the issue date.");
        }
        String currency = terms.currency() != null ? terms.currency() : order.currency();
        InvoiceEntity invoice = InvoiceStore.byNumber(em, realmId, number);
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
        invoice.setCurrency(currency);
        invoice.setIssuedOn(terms.issuedOn());
        invoice.setDueOn(terms.dueOn());
        invoice.setPaidAt(terms.paidAt());
        invoice.setDocumentUrl(terms.documentUrl());
        invoice.setUpdatedAt(now);
        if (created) {
            em.persist(invoice);
            KontorEvent.publish(new OrderEvents.InvoiceIssued(session, owner(order), order.id(), order.number(), invoice.getId(),
                    number, terms.amount(), currency, terms.dueOn()));
        }
        order.refreshReadModel().run();
        return new Outcome(invoice, created);
    }

    /**
     * Records the payment of the order's invoice ({@link #ofOrder}); paying an invoice that is paid
     * already only corrects the date.
     *
     * @param paidAt null for {@code now}
     */
    public void pay(OrderRef order, InvoiceEntity invoice, Long paidAt, long now) {
        boolean open = invoice.getPaidAt() == null;
        invoice.setPaidAt(paidAt != null ? paidAt : now);
        invoice.setUpdatedAt(now);
        if (open) {
            KontorEvent.publish(new OrderEvents.InvoicePaid(session, owner(order), order.id(), order.number(), invoice.getId(),
                    invoice.getNumber()));
        }
        order.refreshReadModel().run();
    }

    private Owner owner(OrderRef order) {
        return new Owner(realmId, order.userId(), order.customerNumber());
    }
}
