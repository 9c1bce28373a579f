import { describe, expect, it } from "vitest";

import { methodKey } from "../../main/frontend/userportal/api";

describe("methodKey", () => {
  it("names Kontor's and Keycloak's second-factor types", () => {
    expect(methodKey("otp")).toBe("kontorMethod_otp");
    expect(methodKey("kontor-email-code")).toBe("kontorMethod_emailCode");
    expect(methodKey("recovery-authn-codes")).toBe("kontorMethod_recoveryCodes");
    expect(methodKey("webauthn")).toBe("kontorMethod_securityKey");
  });

  it("leaves a type it does not know to be shown as it is", () => {
    expect(methodKey("password")).toBeNull();
    expect(methodKey("some-new-type")).toBeNull();
  });
});
