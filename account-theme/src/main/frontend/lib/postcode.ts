/**
 * Address validation mirroring the commerce API (docs/commerce-api.md, Addresses): required
 * fields, ISO country codes, per-country postcode rules for DE AT CH NL BE IT FR GB US, lengths.
 * The API stays the authority; this only saves a round trip and explains the rule early.
 */

/** Countries offered in the select, those with postcode rules first. */
export const COUNTRIES = ["DE", "AT", "CH", "NL", "BE", "IT", "FR", "GB", "US", "LU", "DK", "ES", "PL", "CZ", "SE", "IE", "PT"] as const;

/**
 * The same formats as the back end (dev.kontor.commerce.address.PostcodeRules), matched against
 * the same normalised spelling: trimmed, upper case, runs of white space as one space.
 */
export const POSTCODE_RULES: Record<string, { pattern: RegExp; example: string }> = {
  DE: { pattern: /^\d{5}$/, example: "10115" },
  AT: { pattern: /^[1-9]\d{3}$/, example: "1010" },
  CH: { pattern: /^[1-9]\d{3}$/, example: "8001" },
  NL: { pattern: /^[1-9]\d{3} ?[A-Z]{2}$/, example: "1012 AB" },
  BE: { pattern: /^[1-9]\d{3}$/, example: "1000" },
  IT: { pattern: /^\d{5}$/, example: "00184" },
  FR: { pattern: /^\d{5}$/, example: "75001" },
  GB: { pattern: /^(GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$/, example: "SW1A 1AA" },
  US: { pattern: /^\d{5}(-\d{4})?$/, example: "94105" },
};

/** Countries without a rule of their own: letters, digits, space and hyphen (as the back end). */
const GENERIC_POSTCODE = /^([A-Z0-9][A-Z0-9 -]{0,18}[A-Z0-9]|[A-Z0-9])$/;

/** The spelling the back end checks: trimmed, upper case, single spaces. */
export const normalizePostcode = (postcode: string) => postcode.trim().toUpperCase().replace(/\s+/g, " ");

export const isValidPostcode = (country: string, postcode: string): boolean =>
  (POSTCODE_RULES[country]?.pattern ?? GENERIC_POSTCODE).test(normalizePostcode(postcode));

/** Phone numbers as the back end accepts them (AddressFields.PHONE_FORMAT). */
const PHONE = /^\+?[0-9 ()/.-]{3,49}$/;

export type AddressInput = {
  firstName: string;
  lastName: string;
  company: string | null;
  phone: string | null;
  street: string;
  houseNumber: string | null;
  extraLine: string | null;
  postcode: string;
  city: string;
  country: string;
  region: string | null;
  defaultBilling: boolean;
  defaultShipping: boolean;
};

export const REQUIRED_FIELDS = ["firstName", "lastName", "street", "postcode", "city", "country"] as const;

/** Maximum lengths (after trimming), as dev.kontor.commerce.address.AddressFields; the API answers `too_long` above them. */
export const MAX_LENGTHS: Partial<Record<keyof AddressInput, number>> = {
  firstName: 100, lastName: 100, company: 200, phone: 50, street: 200, houseNumber: 20,
  extraLine: 200, postcode: 20, city: 100, region: 100,
};

/** Field → error code (the API's codes: required, invalid_country, invalid_postcode, invalid_phone, too_long). */
export function validateAddress(address: AddressInput): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of REQUIRED_FIELDS) {
    if (!String(address[field] ?? "").trim()) errors[field] = "required";
  }
  for (const [field, max] of Object.entries(MAX_LENGTHS) as [keyof AddressInput, number][]) {
    const value = address[field];
    if (typeof value === "string" && value.trim().length > max && !errors[field]) errors[field] = "too_long";
  }
  if (!errors.phone && address.phone?.trim() && !PHONE.test(address.phone.trim())) errors.phone = "invalid_phone";
  if (address.country && !/^[A-Z]{2}$/.test(address.country)) errors.country = "invalid_country";
  if (!errors.postcode && !errors.country && address.postcode && !isValidPostcode(address.country, address.postcode)) {
    errors.postcode = "invalid_postcode";
  }
  return errors;
}
