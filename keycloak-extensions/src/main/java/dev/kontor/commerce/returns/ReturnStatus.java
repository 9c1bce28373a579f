package dev.kontor.commerce.returns;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** requested → approved | rejected; approved → received → refunded. Rejected and refunded are final. */
public enum ReturnStatus {
    REQUESTED, APPROVED, REJECTED, RECEIVED, REFUNDED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Set<ReturnStatus> next() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(APPROVED, REJECTED);
            case APPROVED -> EnumSet.of(RECEIVED);
            case RECEIVED -> EnumSet.of(REFUNDED);
            case REJECTED, REFUNDED -> EnumSet.noneOf(ReturnStatus.class);
        };
    }

    public boolean canMoveTo(ReturnStatus target) {
        return next().contains(target);
    }

    public static Optional<ReturnStatus> parse(String code) {
        for (ReturnStatus status : values()) {
            if (status.code().equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    public static ReturnStatus of(String code) {
        return parse(code).orElseThrow(() -> new IllegalStateException("unknown stored return status " + code));
    }
}
