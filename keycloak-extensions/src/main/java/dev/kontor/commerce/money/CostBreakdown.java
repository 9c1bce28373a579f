package dev.kontor.commerce.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * How an order's total comes about. Line prices are net. Each line total is rounded to the
 * currency's minor unit; tax is computed once per rate over the sum of that rate's line totals
 * (not per line, which would add rounding errors); shipping is a gross amount; the discount is
 * subtracted from the gross sum:
 * {@code total = net + Σ tax(rate) + shipping − discount}.
 */
public record CostBreakdown(String currency, BigDecimal net, Map<BigDecimal, BigDecimal> taxes,
                            BigDecimal shipping, BigDecimal discount, BigDecimal total) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A line as far as money goes. */
    public record Line(int quantity, BigDecimal unitPrice, BigDecimal taxRate) {

        public BigDecimal total(String currency) {
            return Money.round(unitPrice.multiply(BigDecimal.valueOf(quantity)), currency);
        }
    }

    public static CostBreakdown of(String currency, Collection<Line> lines, BigDecimal shipping, BigDecimal discount) {
        BigDecimal net = Money.round(BigDecimal.ZERO, currency);
        Map<BigDecimal, BigDecimal> netPerRate = new TreeMap<>();
        for (Line line : lines) {
            BigDecimal lineTotal = line.total(currency);
            net = net.add(lineTotal);
            netPerRate.merge(line.taxRate().setScale(2, RoundingMode.UNNECESSARY), lineTotal, BigDecimal::add);
        }
        Map<BigDecimal, BigDecimal> taxes = new TreeMap<>();
        BigDecimal total = net;
        for (Map.Entry<BigDecimal, BigDecimal> rate : netPerRate.entrySet()) {
            BigDecimal tax = Money.round(rate.getValue().multiply(rate.getKey()).divide(HUNDRED), currency);
            taxes.put(rate.getKey(), tax);
            total = total.add(tax);
        }
        BigDecimal roundedShipping = Money.round(shipping == null ? BigDecimal.ZERO : shipping, currency);
        BigDecimal roundedDiscount = Money.round(discount == null ? BigDecimal.ZERO : discount, currency);
        total = total.add(roundedShipping).subtract(roundedDiscount);
        return new CostBreakdown(currency, net, taxes, roundedShipping, roundedDiscount, total);
    }

    public BigDecimal gross() {
        return total.add(discount);
    }
}
