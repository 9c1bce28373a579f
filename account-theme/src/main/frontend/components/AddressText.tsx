import { useTranslation } from "react-i18next";

import type { PostalAddress } from "../lib/commerce";

/** An address as lines, the way it is written on an envelope. */
export function AddressText({ address, testId }: { address: PostalAddress; testId?: string }) {
  const { t } = useTranslation();
  // The country by name in the user's language; a code without a name stays the code.
  const country = address.country ? t(`kontorCountry.${address.country}`, { defaultValue: address.country }) : null;
  const lines = [
    [address.firstName, address.lastName].filter(Boolean).join(" "),
    address.company,
    [address.street, address.houseNumber].filter(Boolean).join(" "),
    address.extraLine,
    [address.postcode, address.city].filter(Boolean).join(" "),
    [address.region, country].filter(Boolean).join(", "),
  ].filter((line): line is string => Boolean(line && line.trim()));
  return (
    <address data-testid={testId} className="kontor-address">
      {lines.map((line, index) => (
        <span key={index} className="pf-v5-u-display-block">
          {line}
        </span>
      ))}
    </address>
  );
}
