package dev.kontor.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Scenario 5: the live heap of a server after N password logins, Kontor (our providers, the
 * {@code kontor} realm and flow) against a stock Keycloak of the same version (no providers of
 * ours, the stock browser flow). Both servers are fresh; each login leaves a user session behind,
 * as in production, so the figure includes what sessions cost on each side.
 */
public final class HeapComparison {

    /** Heap of one server before and after the logins. */
    public record Side(String label, int logins, int errors, double heapBeforeMiB, double heapAfterMiB) {
        public double growthMiB() {
            return heapAfterMiB - heapBeforeMiB;
        }
    }

    /** Both sides; the ratio compares the live heap after the logins. */
    public record Result(Side stock, Side kontor, double targetRatio) {
        public double ratio() {
            return kontor.heapAfterMiB() / stock.heapAfterMiB();
        }

        public boolean met() {
            return ratio() <= targetRatio;
        }
    }

    public static final double TARGET_RATIO = 1.05;
    /** Logins are spread over this many users (each login is a new session; users are cheap to reuse). */
    static final int USERS = 100;

    private HeapComparison() {}

    /** Logs {@code logins} times into the server behind {@code runner}, spread over {@code users}. */
    public static Side measure(String label, ScenarioRunner runner, HeapProbe heap, List<BenchUser> users,
                               String clientId, int logins) throws Exception {
        double before = heap.liveHeapMiB();
        List<BenchUser> sequence = new ArrayList<>(logins);
        for (int i = 0; i < logins; i++) {
            sequence.add(users.get(i % users.size()));
        }
        int errors = runner.loginAll(sequence, clientId);
        double after = heap.liveHeapMiB();
        return new Side(label, logins - errors, errors, before, after);
    }
}
