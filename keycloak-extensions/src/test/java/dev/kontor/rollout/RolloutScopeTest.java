package dev.kontor.rollout;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RolloutScopeTest {

    private static final RolloutScope.RoleCheck NO_ROLES = role -> false;

    @Test
    void bucketIsStableAndInRange() {
        int first = RolloutScope.bucket("realm", "user-1");
        assertEquals(first, RolloutScope.bucket("realm", "user-1"));
        IntStream.range(0, 1000).forEach(i -> {
            int bucket = RolloutScope.bucket("realm", "user-" + i);
            assertTrue(bucket >= 0 && bucket < 100, "bucket " + bucket);
        });
    }

    @Test
    void bucketsSpreadEvenly() {
        int users = 20_000;
        long inFirstQuarter = IntStream.range(0, users).filter(i -> RolloutScope.bucket("r", "u" + i) < 25).count();
        double share = inFirstQuarter / (double) users;
        assertTrue(share > 0.23 && share < 0.27, "share " + share);
    }

    @Test
    void raisingThePercentageOnlyAddsUsers() {
        RolloutScope ten = new RolloutScope(Set.of(), Set.of(), 10);
        RolloutScope thirty = new RolloutScope(Set.of(), Set.of(), 30);
        IntStream.range(0, 2000).mapToObj(i -> "u" + i).forEach(user -> {
            if (ten.includes("r", user, List.of(), NO_ROLES)) {
                assertTrue(thirty.includes("r", user, List.of(), NO_ROLES), user);
            }
        });
    }

    @Test
    void zeroAndHundredPercent() {
        assertFalse(new RolloutScope(Set.of(), Set.of(), 0).includes("r", "u", List.of(), NO_ROLES));
        assertTrue(new RolloutScope(Set.of(), Set.of(), 100).includes("r", "u", List.of(), NO_ROLES));
        assertTrue(new RolloutScope(Set.of(), Set.of(), 0).isEmpty());
    }

    @Test
    void groupMembershipIncludesSubGroupsButNotLookalikes() {
        RolloutScope pilot = new RolloutScope(Set.of("/pilot"), Set.of(), 0);
        assertTrue(pilot.includes("r", "u", List.of("/pilot"), NO_ROLES));
        assertTrue(pilot.includes("r", "u", List.of("/pilot/wave-2"), NO_ROLES));
        assertFalse(pilot.includes("r", "u", List.of("/pilots"), NO_ROLES));
        assertFalse(pilot.includes("r", "u", List.of("/other"), NO_ROLES));
    }

    @Test
    void roleHoldersAreIncluded() {
        RolloutScope buyers = new RolloutScope(Set.of(), Set.of("portal-buyer"), 0);
        assertTrue(buyers.includes("r", "u", List.of(), "portal-buyer"::equals));
        assertFalse(buyers.includes("r", "u", List.of(), "portal-customer"::equals));
    }

    @Test
    void percentageIsClamped() {
        assertEquals(100, new RolloutScope(Set.of(), Set.of(), 250).percentage());
        assertEquals(0, new RolloutScope(Set.of(), Set.of(), -5).percentage());
    }

    @Test
    void configParsingNeverWidensTheScope() {
        assertEquals(0, RolloutConfig.percentage("abc"));
        assertEquals(0, RolloutConfig.percentage(null));
        assertEquals(40, RolloutConfig.percentage(" 40 "));
        assertEquals(Set.of("/a", "/b"), RolloutConfig.list("/a##/b## "));
        assertTrue(RolloutConfig.scope(null).isEmpty());
    }
}
