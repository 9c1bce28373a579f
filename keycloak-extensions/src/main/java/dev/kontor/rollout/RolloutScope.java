package dev.kontor.rollout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Set;

/**
 * Who must have a second factor: members of listed groups, holders of listed roles, and a stable
 * percentage of all users. Raising the percentage only ever adds users (a user's bucket never
 * changes), so a rollout grows without anyone dropping out again.
 *
 * @param groupPaths  group paths such as {@code /pilot}; membership of a sub-group counts
 * @param roleNames   realm roles ({@code portal-buyer}) or client roles ({@code client.role})
 * @param percentage  0 to 100
 */
public record RolloutScope(Set<String> groupPaths, Set<String> roleNames, int percentage) {

    public RolloutScope {
        groupPaths = Set.copyOf(groupPaths);
        roleNames = Set.copyOf(roleNames);
        percentage = Math.max(0, Math.min(100, percentage));
    }

    public boolean isEmpty() {
        return groupPaths.isEmpty() && roleNames.isEmpty() && percentage == 0;
    }

    /** Whether a user with these memberships is in scope. */
    public boolean includes(String realmId, String userId, Collection<String> userGroupPaths, RoleCheck roles) {
        if (percentage > 0 && bucket(realmId, userId) < percentage) {
            return true;
        }
        for (String path : userGroupPaths) {
            if (groupPaths.stream().anyMatch(scoped -> isSameOrBelow(path, scoped))) {
                return true;
            }
        }
        return roleNames.stream().anyMatch(roles::has);
    }

    /** The user's fixed bucket in 0..99, from a hash so it is spread evenly and never changes. */
    public static int bucket(String realmId, String userId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((realmId + ":" + userId).getBytes(StandardCharsets.UTF_8));
            long value = ((hash[0] & 0xFFL) << 24) | ((hash[1] & 0xFFL) << 16) | ((hash[2] & 0xFFL) << 8) | (hash[3] & 0xFFL);
            return (int) (value % 100);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    static boolean isSameOrBelow(String path, String scoped) {
        String normalised = scoped.endsWith("/") ? scoped.substring(0, scoped.length() - 1) : scoped;
        return path.equals(normalised) || path.startsWith(normalised + "/");
    }

    /** Answers whether the user holds a role, given its name as configured. */
    @FunctionalInterface
    public interface RoleCheck {
        boolean has(String roleName);
    }
}
