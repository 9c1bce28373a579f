package dev.kontor.secondfactor;

import dev.kontor.limit.AttemptSlots;

import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.IntStream;

import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * How many code mails one user may get, counted in Keycloak's cluster-wide single-use store (every
 * node, every login and the set-up share the same entries; {@code putIfAbsent} is atomic across
 * the cluster, entries expire by themselves). Three limits:
 * <ul>
 *   <li><b>One first code per login</b>: of parallel requests of one login (double click, 20 tabs
 *       of the same page) only one mails the code; the others show the page of the code on its way.</li>
 *   <li><b>A per-user cap</b> of {@code maxCodesPerWindow} code mails per {@code codeWindowSeconds}
 *       (first codes, resends and set-up codes alike), as that many slots. The first code of every
 *       sign-in is sent unless the cap is reached, so a second browser or the login right after the
 *       set-up gets its own code, while someone who knows the password and restarts the login over
 *       and over gets at most the cap into the mailbox per window.</li>
 *   <li><b>The resend cool-down</b>, user-wide: a resend (in any login) waits until
 *       {@code resendCooldownSeconds} after the user's last code mail.</li>
 * </ul>
 * Each entry keeps its own end in its notes ({@value #UNTIL}, epoch seconds), so the wait shown is
 * the real remaining time, on any node.
 */
final class CodeMailLimits {

    static final String KEY_PREFIX = "kontor-email-code-";
    static final String UNTIL = "until";

    private final SingleUseObjectProvider store;
    private final EmailCodeConfig config;
    private final String userKey;
    private final String loginKey;
    /** The per-user cap: one slot per code mail, each kept for the window and stamped with its end. */
    private final AttemptSlots mailSlots;

    CodeMailLimits(KeycloakSession session, RealmModel realm, UserModel user, AuthenticationSessionModel authSession,
                   EmailCodePurpose purpose, EmailCodeConfig config) {
        this(session.singleUseObjects(), config, realm.getId() + ":" + user.getId(),
                authSession.getParentSession().getId() + ":" + authSession.getTabId() + ":" + purpose.templateName());
    }

    CodeMailLimits(SingleUseObjectProvider store, EmailCodeConfig config, String userKey, String loginKey) {
        this.store = store;
        this.config = config;
        this.userKey = userKey;
        this.loginKey = KEY_PREFIX + "first:" + loginKey;
        this.mailSlots = new AttemptSlots(store, KEY_PREFIX + "mail:" + userKey, config.maxCodesPerWindow(),
                config.codeWindowSeconds());
    }

    /** True for exactly one request of this login (until {@link #releaseFirstCode()}). */
    boolean claimFirstCode() {
        return store.putIfAbsent(loginKey, config.codeLifetimeSeconds());
    }

    void releaseFirstCode() {
        store.remove(loginKey);
    }

    /**
     * Seconds until a resend is allowed; empty when the cool-down has passed and this caller claimed
     * it (give it back with {@link #releaseCooldown()} if no mail goes out).
     */
    OptionalLong claimResend() {
        return claim(cooldownKey(), config.resendCooldownSeconds());
    }

    void releaseCooldown() {
        store.remove(cooldownKey());
    }

    /**
     * A code mail went out: its slot and the user-wide cool-down (also for the first code of a
     * login) now carry their end. Written only after success, because the store applies {@code put}
     * when the request commits: a slot given back for a failed mail must not come back then.
     */
    void mailed(MailSlot slot) {
        mailSlots.stamp(slot.index(), until(config.codeWindowSeconds()));
        store.put(cooldownKey(), config.resendCooldownSeconds(), until(config.resendCooldownSeconds()));
    }

    /**
     * Takes one of the user's mail slots (give it back with {@link #releaseMailSlot} if the mail
     * fails), or says in how many seconds the oldest one frees.
     */
    MailSlot takeMailSlot() {
        int slot = mailSlots.take();
        if (slot != AttemptSlots.NONE) {
            return new MailSlot(slot, 0);
        }
        long soonest = IntStream.range(0, mailSlots.size())
                .mapToLong(taken -> remaining(mailSlots.notesOf(taken), config.codeWindowSeconds()))
                .min().orElse(config.codeWindowSeconds());
        return new MailSlot(AttemptSlots.NONE, soonest);
    }

    void releaseMailSlot(MailSlot slot) {
        mailSlots.giveBack(slot.index());
    }

    /** A slot taken ({@code index >= 0}), or the wait in seconds until one frees. */
    record MailSlot(int index, long waitSeconds) {
        boolean taken() {
            return index >= 0;
        }
    }

    /**
     * Atomically claims {@code key} for {@code seconds}: empty if this caller got it. If someone else
     * holds it, the seconds left by its stored end; while a claim has no end yet (its mail is being
     * sent right now) the full period.
     */
    private OptionalLong claim(String key, int seconds) {
        if (store.putIfAbsent(key, seconds)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(remaining(store.get(key), seconds));
    }

    static long remaining(Map<String, String> notes, int period) {
        String until = notes == null ? null : notes.get(UNTIL);
        if (until == null) {
            return period;
        }
        try {
            return Math.max(1, Math.min(period, Long.parseLong(until) - Time.currentTime()));
        } catch (NumberFormatException e) {
            return period;
        }
    }

    private static Map<String, String> until(int seconds) {
        return Map.of(UNTIL, Long.toString(Time.currentTime() + (long) seconds));
    }

    private String cooldownKey() {
        return KEY_PREFIX + "resend:" + userKey;
    }
}
