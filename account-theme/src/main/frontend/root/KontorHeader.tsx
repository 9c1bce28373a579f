import type { AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { useEnvironment } from "@keycloak/keycloak-ui-shared";
import { KeycloakMasthead, label } from "@keycloak/keycloak-ui-shared";
import { Button } from "@patternfly/react-core";
import { ExternalLinkSquareAltIcon } from "@patternfly/react-icons";
import type { MouseEvent as ReactMouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { useHref, useLinkClickHandler } from "react-router-dom";

import { consoleBasePath, joinUrl } from "../environment";

function ReferrerLink() {
  const { environment } = useEnvironment<AccountEnvironment>();
  const { t } = useTranslation();

  if (!environment.referrerUrl) return null;
  return (
    <Button
      data-testid="referrer-link"
      component="a"
      href={environment.referrerUrl.replace("_hash_", "#")}
      variant="link"
      icon={<ExternalLinkSquareAltIcon />}
      iconPosition="right"
      isInline
    >
      {t("backTo", { app: label(t, environment.referrerName, environment.referrerUrl) })}
    </Button>
  );
}

/** Masthead with the Kontor logo; the logo leads to the Kontor overview. */
export function KontorHeader() {
  const { environment, keycloak } = useEnvironment<AccountEnvironment>();
  const { t } = useTranslation();
  // theme.properties may point logoUrl elsewhere (absolute URL = external).
  const target = environment.logoUrl || consoleBasePath;
  const internal = target.startsWith("/");
  const internalHref = useHref(internal ? target : consoleBasePath);
  const onInternalClick = useLinkClickHandler(internal ? target : consoleBasePath);

  return (
    <KeycloakMasthead
      data-testid="page-header"
      keycloak={keycloak}
      features={{ hasManageAccount: false }}
      brand={{
        href: internal ? internalHref : target,
        onClick: internal
          ? (event: ReactMouseEvent<HTMLAnchorElement>) => onInternalClick(event)
          : undefined,
        src: joinUrl(environment.resourceUrl, environment.logo || "kontor-logo.svg"),
        alt: t("kontorBrand"),
        className: "kontor-brand__logo",
        "data-testid": "kontor-brand",
      } as Parameters<typeof KeycloakMasthead>[0]["brand"]}
      toolbarItems={[<ReferrerLink key="referrer" />]}
    />
  );
}
