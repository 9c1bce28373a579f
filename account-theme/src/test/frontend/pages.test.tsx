import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import Addresses from "../../main/frontend/pages/Addresses";
import Invoices from "../../main/frontend/pages/Invoices";
import Orders from "../../main/frontend/pages/Orders";
import Overview from "../../main/frontend/pages/Overview";
import Returns from "../../main/frontend/pages/Returns";
import TwoFactor from "../../main/frontend/pages/TwoFactor";
import { mockFetch, renderPage } from "./harness";

const money = (amount: string) => ({ amount, currency: "EUR" });
const address = (id: string, version: number, extra: object = {}) => ({
  id, version, firstName: "Anna", lastName: "Schmidt", company: null, phone: null, street: "Hauptstraße",
  houseNumber: "5", extraLine: null, postcode: "10115", city: "Berlin", country: "DE", region: null,
  defaultBilling: false, defaultShipping: false, createdAt: "2026-11-01T10:00:00Z", updatedAt: "2026-11-01T10:00:00Z", ...extra,
});

describe("Addresses", () => {
  it("lists cards and makes an address the default billing address with If-Match", async () => {
    const calls = mockFetch([
      { method: "GET", path: "/portal/addresses", body: { items: [address("a1", 3, { defaultBilling: true, defaultShipping: true }), address("a2", 7, { city: "Hamburg", postcode: "20095" })], total: 2 } },
      { method: "PUT", path: "/portal/addresses/a2", body: address("a2", 8, { defaultBilling: true }) },
    ]);
    renderPage(<Addresses />, { path: "addresses", routePath: "addresses" });
    const cards = await screen.findAllByTestId("kontor-address-card");
    expect(cards).toHaveLength(2);
    expect(within(cards[0]).getByTestId("kontor-address-default-billing")).toBeTruthy();

    fireEvent.click(within(cards[1]).getByTestId("kontor-address-make-billing"));
    await waitFor(() => expect(calls.some((call) => call.method === "PUT")).toBe(true));
    const put = calls.find((call) => call.method === "PUT")!;
    expect(put.headers["If-Match"]).toBe('"7"');
    expect(put.body).toMatchObject({ city: "Hamburg", postcode: "20095", defaultBilling: true, defaultShipping: false });
    expect(put.body).not.toHaveProperty("id");
  });

  it("validates the postcode per country before sending and shows the API's field errors", async () => {
    const calls = mockFetch([
      { method: "GET", path: "/portal/addresses", body: { items: [], total: 0 } },
      {
        method: "POST", path: "/portal/addresses", status: 422,
        body: { status: 422, code: "validation_failed", detail: "Invalid address.", errors: [{ field: "city", code: "too_long", message: "too long" }] },
      },
    ]);
    renderPage(<Addresses />, { path: "addresses", routePath: "addresses" });
    fireEvent.click(await screen.findByTestId("kontor-address-add"));
    const type = (id: string, value: string) => fireEvent.change(document.getElementById(`kontor-address-${id}`)!, { target: { value } });
    type("firstName", "Anna");
    type("lastName", "Schmidt");
    type("street", "Hauptstraße");
    type("city", "Berlin");
    type("postcode", "1234");
    fireEvent.click(screen.getByTestId("kontor-address-save"));
    expect((await screen.findByTestId("kontor-address-error-postcode")).textContent).toContain("10115");
    expect(calls.filter((call) => call.method === "POST")).toHaveLength(0);

    fireEvent.change(document.getElementById("kontor-address-country")!, { target: { value: "NL" } });
    type("postcode", "1012 AB");
    fireEvent.click(screen.getByTestId("kontor-address-save"));
    expect((await screen.findByTestId("kontor-address-error-city")).textContent).toContain("Too long");
    const post = calls.find((call) => call.method === "POST")!;
    expect(post.body).toMatchObject({ country: "NL", postcode: "1012 AB", company: null, defaultBilling: false });
  });
});

describe("Orders", () => {
  const summary = (id: string, status: string) => ({ id, number: `K-2026-${id}`, status, placedAt: "2026-11-20T09:00:00Z", total: money("119.00"), itemCount: 3 });

  it("shows status badges and totals, filters, pages with the cursor and reorders", async () => {
    const calls = mockFetch([
      { method: "GET", path: /\/portal\/orders\?.*cursor=c2/, body: { items: [summary("000002", "delivered")], next: null } },
      { method: "GET", path: /\/portal\/orders\?/, body: { items: [summary("000001", "shipped")], next: "c2" } },
      { method: "POST", path: "/portal/orders/000001/reorder", status: 201, body: { cartId: "cart-9", cartUrl: "http://shop.test/cart/cart-9", lines: [{ sku: "A-1", name: "Toner", quantity: 2 }], skipped: [{ lineId: "l2", sku: "B-2", name: "Old", reason: "not_orderable" }] } },
    ]);
    renderPage(<Orders />, { path: "orders", routePath: "orders" });
    const row = await screen.findByTestId("kontor-order-row");
    expect(row.textContent).toContain("K-2026-000001");
    expect(row.textContent).toContain("Shipped");
    expect(row.textContent).toContain("€119.00");

    fireEvent.click(screen.getByTestId("kontor-orders-next"));
    await screen.findByText("K-2026-000002");
    expect(calls.at(-1)!.url.searchParams.get("cursor")).toBe("c2");

    fireEvent.change(screen.getByTestId("kontor-orders-status"), { target: { value: "shipped" } });
    await screen.findByText("K-2026-000001");
    const filtered = calls.at(-1)!.url.searchParams;
    expect([filtered.get("status"), filtered.get("cursor"), filtered.get("max")]).toEqual(["shipped", null, "20"]);

    fireEvent.click(screen.getByTestId("kontor-order-reorder"));
    expect((await screen.findByTestId("kontor-reorder-cart-id")).textContent).toBe("cart-9");
    expect(screen.getByTestId("kontor-reorder-cart-link").getAttribute("href")).toBe("http://shop.test/cart/cart-9");
    expect(screen.getByTestId("kontor-reorder-skipped").textContent).toContain("no longer available");
    expect(calls.find((call) => call.method === "POST")!.body).toEqual({});
  });
});

/** A calendar date relative to today (UTC), as the API writes returnableUntil. */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe("Returns", () => {
  it("never asks for more than is returnable and sends the chosen lines", async () => {
    const order = {
      id: "o1", number: "K-2026-000001", status: "delivered", placedAt: "2026-11-01T09:00:00Z", currency: "EUR",
      billingAddress: null, shippingAddress: null,
      lines: [
        { id: "l1", sku: "A-1", name: "Toner", quantity: 3, unitPrice: money("19.99"), lineTotal: money("59.97"), taxRate: "19.00", returnableQuantity: 2 },
        { id: "l2", sku: "B-2", name: "Paper", quantity: 1, unitPrice: money("5.00"), lineTotal: money("5.00"), taxRate: "19.00", returnableQuantity: 0 },
      ],
      costs: { net: money("54.60"), taxes: [], shipping: money("0.00"), discount: money("0.00"), total: money("64.97") },
      statusHistory: [], shipments: [], cancellable: false, returnableUntil: inDays(10), invoices: [],
    };
    const calls = mockFetch([
      { method: "GET", path: "/portal/returns", body: { items: [], total: 0 } },
      { method: "GET", path: /\/portal\/orders\?/, body: { items: [], next: null } },
      { method: "GET", path: "/portal/orders/o1", body: order },
      { method: "GET", path: "/portal/return-reasons", body: [{ code: "damaged" }, { code: "other" }] },
      { method: "POST", path: "/portal/returns", status: 201, body: { id: "r1", number: "R-1", orderId: "o1", orderNumber: "K-2026-000001", status: "requested", reason: "damaged", comment: null, createdAt: "2026-11-21T10:00:00Z", lines: [], refund: null } },
    ]);
    renderPage(<Returns />, { path: "returns?order=o1", routePath: "returns" });
    const next = async () => {
      const button = await screen.findByRole("button", { name: "Next" });
      await waitFor(() => expect(button.hasAttribute("disabled")).toBe(false));
      fireEvent.click(button);
    };
    await screen.findByText("K-2026-000001");
    await next();

    const lines = await screen.findAllByTestId("kontor-return-line");
    const plus = within(lines[0]).getByRole("button", { name: "More" });
    for (let i = 0; i < 4; i++) fireEvent.click(plus);
    const quantity = within(lines[0]).getByRole("spinbutton") as HTMLInputElement;
    expect(quantity.value).toBe("2");
    fireEvent.change(quantity, { target: { value: "9" } });
    expect(quantity.value).toBe("2");
    expect((within(lines[1]).getByRole("spinbutton") as HTMLInputElement).disabled).toBe(true);
    await next();

    fireEvent.click(await screen.findByLabelText("Damaged"));
    await next();
    expect((await screen.findByTestId("kontor-return-summary")).textContent).toContain("€39.98");
    fireEvent.click(screen.getByRole("button", { name: "Request return" }));

    await waitFor(() => expect(calls.some((call) => call.method === "POST")).toBe(true));
    expect(calls.find((call) => call.method === "POST")!.body).toEqual({
      orderId: "o1", reason: "damaged", comment: null, lines: [{ orderLineId: "l1", quantity: 2 }],
    });
  });

  it("offers only delivered orders and no lines once the return window has closed", async () => {
    const order = {
      id: "o2", number: "K-2026-000002", status: "delivered", placedAt: "2026-09-01T09:00:00Z", currency: "EUR",
      billingAddress: null, shippingAddress: null,
      lines: [{ id: "l1", sku: "A-1", name: "Toner", quantity: 1, unitPrice: money("19.99"), lineTotal: money("19.99"), taxRate: "19.00", returnableQuantity: 1 }],
      costs: { net: money("19.99"), taxes: [], shipping: money("0.00"), discount: money("0.00"), total: money("19.99") },
      statusHistory: [], shipments: [], cancellable: false, returnableUntil: inDays(-1), invoices: [],
    };
    const calls = mockFetch([
      { method: "GET", path: "/portal/returns", body: { items: [], total: 0 } },
      { method: "GET", path: /\/portal\/orders\?/, body: { items: [], next: null } },
      { method: "GET", path: "/portal/orders/o2", body: order },
      { method: "GET", path: "/portal/return-reasons", body: [{ code: "damaged" }] },
    ]);
    renderPage(<Returns />, { path: "returns?order=o2", routePath: "returns" });
    await screen.findByTestId("kontor-return-window-closed");
    expect((screen.getByRole("button", { name: "Next" }) as HTMLButtonElement).disabled).toBe(true);
    const listed = calls.filter((call) => call.method === "GET" && call.url.pathname.endsWith("/portal/orders"));
    expect(listed.map((call) => call.url.searchParams.get("status"))).toEqual(["delivered"]);
  });

  it("shows the API's problem when the return is refused", async () => {
    mockFetch([{ method: "GET", path: "/portal/returns", status: 500, body: { status: 500, code: "server_error", detail: "Database down." } }]);
    renderPage(<Returns />, { path: "returns", routePath: "returns" });
    expect((await screen.findByTestId("kontor-returns-error")).textContent).toContain("Database down.");
  });
});

describe("Invoices", () => {
  it("lists amounts, due dates and downloads, and filters by status", async () => {
    const calls = mockFetch([
      {
        method: "GET", path: "/portal/invoices",
        body: { items: [{ id: "i1", number: "RE-1", orderId: "o1", orderNumber: "K-1", status: "overdue", amount: money("1234.50"), issuedOn: "2026-10-01", dueOn: "2026-10-31", paidAt: null, documentUrl: "https://docs.test/RE-1.pdf" }], total: 1 },
      },
    ]);
    renderPage(<Invoices />, { path: "invoices", routePath: "invoices" });
    const row = await screen.findByTestId("kontor-invoice-row");
    expect(row.textContent).toContain("€1,234.50");
    expect(row.textContent).toContain("Oct 31, 2026");
    expect(row.textContent).toContain("Overdue");
    expect(within(row).getByTestId("kontor-invoice-download").getAttribute("href")).toBe("https://docs.test/RE-1.pdf");

    fireEvent.click(screen.getByText("Overdue", { selector: "button *, button" }));
    await waitFor(() => expect(calls.at(-1)!.url.searchParams.get("status")).toBe("overdue"));
  });
});

describe("Overview", () => {
  it("shows the customer and degrades gracefully where the commerce API is missing or failing", async () => {
    mockFetch([
      { method: "GET", path: "/portal/me", body: { userId: "u1", email: "anna@example.com", customerNumber: "100001" } },
      { method: "GET", path: "/realms/kontor/account/", body: { firstName: "Anna", lastName: "Schmidt", email: "anna@example.com" } },
      { method: "GET", path: "/account/credentials", body: [{ type: "otp", category: "two-factor", userCredentialMetadatas: [{ credential: { id: "c1", type: "otp", createdDate: 1, priority: 10 } }] }] },
      { method: "GET", path: "/portal/orders", status: 503, body: { status: 503, code: "unavailable", detail: "Shop back end is down." } },
    ]);
    renderPage(<Overview />);
    expect((await screen.findByTestId("kontor-customer-number")).textContent).toBe("100001");
    expect(screen.getByTestId("kontor-name").textContent).toBe("Anna Schmidt");
    expect((await screen.findByTestId("kontor-overview-2fa-status")).textContent).toBe("On: Authenticator app");
    expect((await screen.findByTestId("kontor-overview-addresses-unavailable")).textContent).toBe("Not available yet.");
    expect(await screen.findByTestId("kontor-overview-invoices-unavailable")).toBeTruthy();
    expect((await screen.findByTestId("kontor-overview-orders-error")).textContent).toContain("Shop back end is down.");
  });
});

describe("Two-factor", () => {
  const credentials = [
    { type: "kontor-email-code", category: "two-factor", userCredentialMetadatas: [{ credential: { id: "email-1", type: "kontor-email-code", createdDate: 1, priority: 20 } }] },
    { type: "otp", category: "two-factor", userCredentialMetadatas: [] },
    { type: "recovery-authn-codes", category: "two-factor", userCredentialMetadatas: [] },
  ];

  it("shows the method and turns it off only through Keycloak's delete_credential action, never the account API's DELETE", async () => {
    const calls = mockFetch([
      { method: "GET", path: "/account/credentials", body: credentials },
      { method: "GET", path: "/portal/trusted-browsers", body: { items: [], total: 0 } },
    ]);
    const { keycloak } = renderPage(<TwoFactor />, { path: "two-factor", routePath: "two-factor" });
    const current = await screen.findByTestId("kontor-2fa-current");
    expect(current.getAttribute("data-method")).toBe("kontor-email-code");
    expect(current.textContent).toContain("On: Email code");
    expect(screen.getByTestId("kontor-recovery-codes-status").textContent).toBe("You have no recovery codes yet.");

    fireEvent.click(screen.getByTestId("kontor-disable"));
    expect(screen.getByTestId("kontor-disable-dialog").textContent).toContain("you sign in again with your password and your second factor");
    fireEvent.click(await screen.findByTestId("kontor-disable-dialog-confirm"));
    await waitFor(() => expect(keycloak.login).toHaveBeenCalledWith({ action: "delete_credential:email-1" }));
    expect(calls.some((call) => call.method === "DELETE")).toBe(false);
    expect(sessionStorage.getItem("kontor.pendingRemoval")).toBeNull();
  });

  const bothMethods = [
    { type: "kontor-email-code", category: "two-factor", userCredentialMetadatas: [{ credential: { id: "email-1", type: "kontor-email-code", createdDate: 1, priority: 20 } }] },
    { type: "otp", category: "two-factor", userCredentialMetadatas: [{ credential: { id: "otp-1", type: "otp", createdDate: 2, priority: 30 } }] },
    { type: "recovery-authn-codes", category: "two-factor", userCredentialMetadatas: [{ credential: { id: "codes-1", type: "recovery-authn-codes", createdDate: 3 } }] },
  ];

  it("turns off two methods with one action each, going on after a successful one", async () => {
    mockFetch([
      { method: "GET", path: "/account/credentials", body: bothMethods },
      { method: "GET", path: "/portal/trusted-browsers", body: { items: [], total: 0 } },
    ]);
    const first = renderPage(<TwoFactor />, { path: "two-factor", routePath: "two-factor" });
    fireEvent.click(await screen.findByTestId("kontor-disable"));
    fireEvent.click(await screen.findByTestId("kontor-disable-dialog-confirm"));
    await waitFor(() => expect(first.keycloak.login).toHaveBeenCalledWith({ action: "delete_credential:email-1" }));
    // Recovery codes are not the page's to remove: the server removes them with the last method.
    expect(JSON.parse(sessionStorage.getItem("kontor.pendingRemoval")!)).toEqual(["otp-1"]);
    first.unmount();

    // Back from Keycloak: the email code is gone, the app goes next, without a toast in between.
    sessionStorage.setItem("kontor.actionStatus", JSON.stringify({ action: "delete_credential", status: "success" }));
    mockFetch([
      { method: "GET", path: "/account/credentials", body: [{ ...bothMethods[0], userCredentialMetadatas: [] }, bothMethods[1], bothMethods[2]] },
      { method: "GET", path: "/portal/trusted-browsers", body: { items: [], total: 0 } },
    ]);
    const second = renderPage(<TwoFactor />, { path: "two-factor", routePath: "two-factor" });
    await waitFor(() => expect(second.keycloak.login).toHaveBeenCalledWith({ action: "delete_credential:otp-1" }));
    expect(sessionStorage.getItem("kontor.pendingRemoval")).toBeNull();
    expect(screen.queryByText("Your change was saved.")).toBeNull();
  });

  it("stops a pending turn-off when the sign-in was cancelled: the factor stays", async () => {
    sessionStorage.setItem("kontor.pendingRemoval", JSON.stringify(["otp-1"]));
    sessionStorage.setItem("kontor.actionStatus", JSON.stringify({ action: "delete_credential", status: "cancelled" }));
    mockFetch([
      { method: "GET", path: "/account/credentials", body: bothMethods },
      { method: "GET", path: "/portal/trusted-browsers", body: { items: [], total: 0 } },
    ]);
    const { keycloak } = renderPage(<TwoFactor />, { path: "two-factor", routePath: "two-factor" });
    expect(await screen.findByText("Nothing was changed.")).toBeTruthy();
    expect(screen.getAllByText("Nothing was changed.")).toHaveLength(1);
    expect(keycloak.login).not.toHaveBeenCalled();
    expect(sessionStorage.getItem("kontor.pendingRemoval")).toBeNull();
  });

  it("sets up a method and switches through Keycloak's application-initiated actions", async () => {
    mockFetch([
      { method: "GET", path: "/account/credentials", body: credentials },
      { method: "GET", path: "/portal/trusted-browsers", body: { items: [], total: 0 } },
    ]);
    const { keycloak } = renderPage(<TwoFactor />, { path: "two-factor", routePath: "two-factor" });
    fireEvent.click(await screen.findByTestId("kontor-switch"));
    expect(keycloak.login).toHaveBeenCalledWith({ action: "CONFIGURE_TOTP" });
    expect(JSON.parse(sessionStorage.getItem("kontor.pendingSwitch")!)).toEqual({ removeCredentialId: "email-1", to: "otp" });
    fireEvent.click(screen.getByTestId("kontor-recovery-codes-generate"));
    expect(keycloak.login).toHaveBeenCalledWith({ action: "CONFIGURE_RECOVERY_AUTHN_CODES" });
  });

  it("tells how Keycloak's action ended", async () => {
    sessionStorage.setItem("kontor.actionStatus", JSON.stringify({ action: "CONFIGURE_TOTP", status: "cancelled" }));
    mockFetch([
      { method: "GET", path: "/account/credentials", body: credentials },
      { method: "GET", path: "/portal/trusted-browsers", body: { items: [], total: 0 } },
    ]);
    renderPage(<TwoFactor />, { path: "two-factor", routePath: "two-factor" });
    expect(await screen.findByText("Nothing was changed.")).toBeTruthy();
  });

  it("finishes a switch by removing the old method through Keycloak's action once the new one exists", async () => {
    sessionStorage.setItem("kontor.pendingSwitch", JSON.stringify({ removeCredentialId: "email-1", to: "otp" }));
    sessionStorage.setItem("kontor.actionStatus", JSON.stringify({ action: "CONFIGURE_TOTP", status: "success" }));
    const both = [
      credentials[0],
      { type: "otp", category: "two-factor", userCredentialMetadatas: [{ credential: { id: "otp-1", type: "otp", createdDate: 2, priority: 30 } }] },
    ];
    const calls = mockFetch([
      { method: "GET", path: "/account/credentials", body: both },
      { method: "GET", path: "/portal/trusted-browsers", body: { items: [], total: 0 } },
    ]);
    const { keycloak } = renderPage(<TwoFactor />, { path: "two-factor", routePath: "two-factor" });
    await waitFor(() => expect(keycloak.login).toHaveBeenCalledWith({ action: "delete_credential:email-1" }));
    expect(calls.some((call) => call.method === "DELETE")).toBe(false);
    expect(sessionStorage.getItem("kontor.pendingSwitch")).toBeNull();
    // The switch is one action for the customer: the toast comes once, after the old method is gone.
    expect(screen.queryByText("Your change was saved.")).toBeNull();
  });

  it("lists saved browsers with the current one marked and deletes all after confirmation", async () => {
    const calls = mockFetch([
      { method: "GET", path: "/account/credentials", body: credentials },
      {
        method: "GET", path: "/portal/trusted-browsers",
        body: {
          items: [
            { id: "b1", kind: "saved", name: "Firefox on macOS", userAgent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:132.0) Gecko/20100101 Firefox/132.0", createdAt: Date.UTC(2026, 10, 1), lastUsedAt: Date.UTC(2026, 10, 20, 12), expiresAt: null, current: true },
            { id: "b2", kind: "saved", name: "Unknown browser", userAgent: null, createdAt: Date.UTC(2026, 9, 1), lastUsedAt: Date.UTC(2026, 9, 2), expiresAt: Date.UTC(2027, 0, 1), current: false },
          ],
          total: 2,
        },
      },
      { method: "DELETE", path: "/portal/trusted-browsers", body: { deleted: 2 } },
    ]);
    renderPage(<TwoFactor />, { path: "two-factor", routePath: "two-factor" });
    const rows = await screen.findAllByTestId("kontor-saved-browser");
    expect(rows[0].textContent).toContain("Firefox on macOS");
    expect(within(rows[0]).getByTestId("kontor-this-browser")).toBeTruthy();
    expect(within(rows[1]).queryByTestId("kontor-this-browser")).toBeNull();
    expect(rows[0].textContent).toContain("Until deleted");

    fireEvent.click(screen.getByTestId("kontor-saved-browsers-delete-all"));
    expect(calls.some((call) => call.method === "DELETE")).toBe(false);
    fireEvent.click(await screen.findByTestId("kontor-delete-all-dialog-confirm"));
    await waitFor(() => expect(calls.some((call) => call.method === "DELETE" && call.url.pathname.endsWith("/portal/trusted-browsers"))).toBe(true));
  });

  it("names saved browsers with the server's browser and OS in the user's language, never from the user agent", async () => {
    const chromeAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    const row = (id: string, name: string, browser: string | null, os: string | null, userAgent: string | null) =>
      ({ id, kind: "saved", name, browser, os, userAgent, createdAt: 1, lastUsedAt: 2, expiresAt: null, current: false });
    mockFetch([
      { method: "GET", path: "/account/credentials", body: credentials },
      {
        method: "GET", path: "/portal/trusted-browsers",
        body: {
          items: [
            // The server's families win over anything the user agent would say.
            row("b1", "Firefox on Mac OS X", "Firefox", "Mac OS X", chromeAgent),
            row("b2", "Unknown browser on Windows", null, "Windows", null),
            row("b3", "Unknown browser", null, null, "curl/8.5.0"),
            // Saved before the server kept the families: its stored name is all there is.
            row("b4", "Chrome on Windows", undefined as never, undefined as never, chromeAgent),
          ],
          total: 4,
        },
      },
    ]);
    renderPage(<TwoFactor />, { path: "two-factor", routePath: "two-factor", locale: "de" });
    const names = (await screen.findAllByTestId("kontor-saved-browser-name")).map((name) => name.textContent);
    expect(names).toEqual(["Firefox unter Mac OS X", "Unbekannter Browser unter Windows", "Unbekannter Browser", "Chrome on Windows"]);
  });

  it("lists a running 24-hour skip with its end, so delete-all is there when nothing else is", async () => {
    const ends = Date.UTC(2026, 11, 2, 18, 30);
    mockFetch([
      { method: "GET", path: "/account/credentials", body: credentials },
      {
        method: "GET", path: "/portal/trusted-browsers",
        body: { items: [{ id: "s1", kind: "skip", name: "Chrome on Linux", userAgent: null, createdAt: ends - 86_400_000, lastUsedAt: ends - 86_400_000, expiresAt: ends, current: true }], total: 1 },
      },
    ]);
    renderPage(<TwoFactor />, { path: "two-factor", routePath: "two-factor" });
    const row = await screen.findByTestId("kontor-saved-browser");
    expect(row.getAttribute("data-kind")).toBe("skip");
    expect(within(row).getByTestId("kontor-saved-browser-kind").textContent).toBe("No code for 24 hours");
    // The end with its time of day: a skip ends within a day.
    expect(within(row).getByTestId("kontor-saved-browser-until").textContent).toMatch(/2026.*\d{1,2}:30|\d{1,2}:30.*2026/);
    expect(screen.getByTestId("kontor-saved-browsers-delete-all")).toBeTruthy();
  });

  it("removes a deleted browser's row at once, with one toast, and loads the list again", async () => {
    const browser = (id: string, name: string) => ({ id, kind: "saved", name, userAgent: null, createdAt: 1, lastUsedAt: 2, expiresAt: null, current: false });
    let listed = [browser("b1", "First"), browser("b2", "Second")];
    // After the delete, the list's new answer waits until the test lets it go: the row must go before.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const calls = mockFetch([
      { method: "GET", path: "/account/credentials", body: credentials },
      { method: "DELETE", path: "/portal/trusted-browsers/b1", status: 204 },
    ]);
    // The list answers what the server has at the time of the request.
    const fetchMock = globalThis.fetch as unknown as { mockImplementation: (f: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>) => void; getMockImplementation: () => (input: RequestInfo | URL, init?: RequestInit) => Promise<Response> };
    const routed = fetchMock.getMockImplementation();
    fetchMock.mockImplementation(async (input, init) => {
      const url = new URL(String(input));
      if ((init?.method ?? "GET") === "GET" && url.pathname.endsWith("/portal/trusted-browsers")) {
        calls.push({ method: "GET", url, headers: {}, body: undefined });
        if (listed.length < 2) await held;
        return new Response(JSON.stringify({ items: listed, total: listed.length }), { status: 200, headers: { "Content-Type": "application/json" } });
      }
      if (init?.method === "DELETE") listed = listed.filter((b) => !url.pathname.endsWith(`/${b.id}`));
      return routed(input, init);
    });
    renderPage(<TwoFactor />, { path: "two-factor", routePath: "two-factor" });
    expect(await screen.findAllByTestId("kontor-saved-browser")).toHaveLength(2);
    const listsBefore = calls.filter((call) => call.method === "GET" && call.url.pathname.endsWith("/portal/trusted-browsers")).length;

    fireEvent.click(within(screen.getAllByTestId("kontor-saved-browser")[0]).getByTestId("kontor-saved-browser-delete"));
    fireEvent.click(await screen.findByTestId("kontor-delete-browser-dialog-confirm"));
    await waitFor(() => expect(screen.getAllByTestId("kontor-saved-browser")).toHaveLength(1));
    expect(screen.getByTestId("kontor-saved-browser").textContent).toContain("Second");
    expect(await screen.findAllByText("The browser was deleted.")).toHaveLength(1);
    release();
    await waitFor(() =>
      expect(calls.filter((call) => call.method === "GET" && call.url.pathname.endsWith("/portal/trusted-browsers")).length).toBeGreaterThan(listsBefore),
    );
    expect(screen.getAllByTestId("kontor-saved-browser")).toHaveLength(1);
  });
});

describe("Order detail", () => {
  const detail = {
    id: "o1", number: "K-2026-000123", status: "shipped", placedAt: "2026-11-20T09:00:00Z", currency: "EUR",
    billingAddress: { firstName: "Anna", lastName: "Schmidt", company: "ACME GmbH", phone: null, street: "Hauptstraße", houseNumber: "5", extraLine: null, postcode: "10115", city: "Berlin", country: "DE", region: null },
    shippingAddress: { firstName: "Anna", lastName: "Schmidt", company: null, phone: null, street: "Lager", houseNumber: "1", extraLine: null, postcode: "20095", city: "Hamburg", country: "DE", region: null },
    lines: [{ id: "l1", sku: "A-1", name: "Toner", quantity: 2, unitPrice: money("50.00"), lineTotal: money("100.00"), taxRate: "19.00", returnableQuantity: 2 }],
    costs: { net: money("100.00"), taxes: [{ rate: "19.00", amount: money("19.00") }], shipping: money("4.90"), discount: money("-4.90"), total: money("119.00") },
    statusHistory: [{ status: "placed", at: "2026-11-20T09:00:00Z", note: null }, { status: "shipped", at: "2026-11-21T08:00:00Z", note: "Parcel 1 of 1" }],
    shipments: [{ carrier: "DHL", trackingNumber: "00340434", trackingUrl: "https://tracking.test/00340434", shippedAt: "2026-11-21T08:00:00Z" }],
    cancellable: true, returnableUntil: inDays(30), invoices: [],
  };

  it("shows lines, costs, addresses, history and tracking; reorders a line; explains a refused cancel", async () => {
    const { default: OrderDetail } = await import("../../main/frontend/pages/OrderDetail");
    const calls = mockFetch([
      { method: "GET", path: "/portal/orders/o1", body: detail },
      { method: "POST", path: "/portal/orders/o1/reorder", status: 201, body: { cartId: "cart-1", cartUrl: null, lines: [{ sku: "A-1", name: "Toner", quantity: 2 }], skipped: [] } },
      { method: "POST", path: "/portal/orders/o1/cancel", status: 409, body: { status: 409, code: "order_not_cancellable", detail: "Already shipped." } },
    ]);
    renderPage(<OrderDetail />, { path: "orders/o1", routePath: "orders/:orderId" });
    expect((await screen.findByTestId("page-heading")).textContent).toBe("Order K-2026-000123");
    expect(screen.getByTestId("kontor-order-total").textContent).toBe("€119.00");
    expect(screen.getByTestId("kontor-order-costs").textContent).toContain("VAT 19.00 %");
    expect(screen.getByTestId("kontor-order-history").textContent).toContain("Parcel 1 of 1");
    expect(screen.getByTestId("kontor-tracking-link").getAttribute("href")).toBe("https://tracking.test/00340434");
    expect(screen.getByText("ACME GmbH")).toBeTruthy();
    expect(screen.getAllByText("Germany").length).toBe(2);
    expect(screen.getByTestId("kontor-order-request-return").getAttribute("href")).toBe("/realms/kontor/account/returns?order=o1");

    fireEvent.click(screen.getByTestId("kontor-order-reorder-line"));
    expect((await screen.findByTestId("kontor-reorder-cart-id")).textContent).toBe("cart-1");
    expect(screen.queryByTestId("kontor-reorder-cart-link")).toBeNull();
    expect(calls.find((call) => call.method === "POST")!.body).toEqual({ lineIds: ["l1"] });
    fireEvent.click(screen.getAllByRole("button", { name: "Close" })[0]);

    fireEvent.click(screen.getByTestId("kontor-order-cancel"));
    fireEvent.click(await screen.findByTestId("kontor-order-cancel-dialog-confirm"));
    expect(await screen.findByText("This order can no longer be cancelled.")).toBeTruthy();
  });

  it("says when an order is not the customer's (404)", async () => {
    const { default: OrderDetail } = await import("../../main/frontend/pages/OrderDetail");
    mockFetch([{ method: "GET", path: "/portal/orders/x", status: 404, body: { status: 404, code: "order_not_found", detail: "No such order." } }]);
    renderPage(<OrderDetail />, { path: "orders/x", routePath: "orders/:orderId" });
    expect((await screen.findByTestId("kontor-order-not-found")).textContent).toContain("Order not found");
  });
});
