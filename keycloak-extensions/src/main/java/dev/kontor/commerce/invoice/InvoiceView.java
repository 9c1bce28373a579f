package dev.kontor.commerce.invoice;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kontor.commerce.Times;
import dev.kontor.commerce.money.Money;

import java.time.LocalDate;

/** An invoice as the API shows it. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record InvoiceView(String id, String number, String orderId, String orderNumber, String status, Money amount,
                          String issuedOn, String dueOn, String paidAt, String documentUrl) {

    public static InvoiceView of(InvoiceEntity i, String orderNumber, LocalDate today) {
        return new InvoiceView(i.getId(), i.getNumber(), i.getOrderId(), orderNumber,
                InvoiceStatus.of(i.getPaidAt(), i.getDueOn(), today).code(), Money.of(i.getAmount(), i.getCurrency()),
                Times.date(i.getIssuedOn()), Times.date(i.getDueOn()), Times.instant(i.getPaidAt()), i.getDocumentUrl());
    }
}
