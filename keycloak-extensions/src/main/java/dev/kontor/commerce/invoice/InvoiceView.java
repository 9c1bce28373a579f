package dev.kontor.commerce.invoice;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kontor.commerce.Times;
import dev.kontor.commerce.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice as the API shows it. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record InvoiceView(String id, String number, String orderId, String orderNumber, String status, Money amount,
                          String issuedOn, String dueOn, String paidAt, String documentUrl) {

    public static InvoiceView of(InvoiceEntity i, String orderNumber, LocalDate today) {
        return of(i.getId(), i.getNumber(), i.getOrderId(), orderNumber, i.getAmount(), i.getCurrency(), i.getIssuedOn(),
                i.getDueOn(), i.getPaidAt(), i.getDocumentUrl(), today);
    }

    /** From the columns, for queries that read invoices without loading entities. */
    public static InvoiceView of(String id, String number, String orderId, String orderNumber, BigDecimal amount,
                                 String currency, LocalDate issuedOn, LocalDate dueOn, Long paidAt, String documentUrl,
                                 LocalDate today) {
        return new InvoiceView(id, number, orderId, orderNumber, InvoiceStatus.of(paidAt, dueOn, today).code(),
                Money.of(amount, currency), Times.date(issuedOn), Times.date(dueOn), Times.instant(paidAt), documentUrl);
    }
}
