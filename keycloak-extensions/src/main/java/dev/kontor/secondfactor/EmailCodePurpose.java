package dev.kontor.secondfactor;

/**
 * Why a code is mailed. Each purpose keeps its own notes, so a set-up that runs right after a
 * login in the same authentication session never sees the login's code (or its counters).
 */
public enum EmailCodePurpose {
    LOGIN("kontor-email-code.login.", "login"),
    SETUP("kontor-email-code.setup.", "setup");

    private final String notePrefix;
    private final String templateName;

    EmailCodePurpose(String notePrefix, String templateName) {
        this.notePrefix = notePrefix;
        this.templateName = templateName;
    }

    public String notePrefix() {
        return notePrefix;
    }

    /** The value of the {@code purpose} attribute the mail template switches its intro on. */
    public String templateName() {
        return templateName;
    }
}
