package dev.kontor.bench;

/** The measured login scenarios; each subject is compared with its anchor in the same run. */
public enum Scenario {
    A1("Password only through `kontor browser` (anchor)", null, 0, UserKind.PASSWORD_ONLY, BenchRealmSetup.SHOP_CLIENT, false),
    S1("Email-code user with a saved-browser cookie: code skipped", A1, 1.03, UserKind.EMAIL_CODE, BenchRealmSetup.SHOP_CLIENT, true),
    A2("Keycloak OTP form, copy of the stock `browser` flow (anchor)", null, 0, UserKind.TOTP, BenchRealmSetup.ANCHOR_CLIENT, false),
    S2("TOTP through `kontor browser`", A2, 1.10, UserKind.TOTP, BenchRealmSetup.SHOP_CLIENT, false),
    S3("Email code through `kontor browser` (code from the SMTP sink)", A2, 1.10, UserKind.EMAIL_CODE, BenchRealmSetup.SHOP_CLIENT, false);

    private final String title;
    private final Scenario anchor;
    private final double targetCpuRatio;
    private final UserKind userKind;
    private final String clientId;
    private final boolean savedBrowser;

    Scenario(String title, Scenario anchor, double targetCpuRatio, UserKind userKind, String clientId, boolean savedBrowser) {
        this.title = title;
        this.anchor = anchor;
        this.targetCpuRatio = targetCpuRatio;
        this.userKind = userKind;
        this.clientId = clientId;
        this.savedBrowser = savedBrowser;
    }

    public String title() { return title; }
    /** The anchor this scenario is compared with, or {@code null} for an anchor. */
    public Scenario anchor() { return anchor; }
    /** The highest acceptable CPU-per-login ratio to the anchor (0 for anchors). */
    public double targetCpuRatio() { return targetCpuRatio; }
    public UserKind userKind() { return userKind; }
    public String clientId() { return clientId; }
    /** Whether the user's browser holds a saved-browser cookie, obtained before measuring. */
    public boolean savedBrowser() { return savedBrowser; }
}
