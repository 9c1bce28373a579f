package dev.kontor.customer;

/**
 * A customer of the directory as the admin API shows and takes it. {@code type} is
 * {@code person} or {@code company}; times are epoch milliseconds (absent on input).
 */
public record Customer(String customerNumber, String name, String type, Long createdAt, Long updatedAt) {

    public static Customer of(CustomerEntity entity) {
        return new Customer(entity.getCustomerNumber(), entity.getName(), entity.getKind(),
                entity.getCreatedAt(), entity.getUpdatedAt());
    }
}
