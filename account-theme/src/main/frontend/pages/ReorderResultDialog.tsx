import { Alert, Button, List, ListItem, Modal, ModalVariant } from "@patternfly/react-core";
import { ExternalLinkAltIcon } from "@patternfly/react-icons";
import { useTranslation } from "react-i18next";

import { safeUrl } from "../components/links";
import type { ReorderResult } from "../lib/commerce";

/** What a reorder put into a new cart, with the shop's link to it, and what it skipped. */
export function ReorderResultDialog({ result, onClose }: { result: ReorderResult | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      variant={ModalVariant.small}
      title={t("kontorReorderDone")}
      isOpen={result !== null}
      onClose={onClose}
      data-testid="kontor-reorder-result"
      actions={[
        ...(safeUrl(result?.cartUrl)
          ? [
              <Button
                key="cart"
                component="a"
                href={safeUrl(result!.cartUrl)!}
                target="_blank"
                rel="noopener noreferrer"
                variant="primary"
                icon={<ExternalLinkAltIcon />}
                iconPosition="end"
                data-testid="kontor-reorder-cart-link"
              >
                {t("kontorOpenCart")}
              </Button>,
            ]
          : []),
        <Button key="close" variant="link" onClick={onClose}>
          {t("kontorClose")}
        </Button>,
      ]}
    >
      {result && (
        <>
          <p>
            {t("kontorReorderCart")} <code data-testid="kontor-reorder-cart-id">{result.cartId}</code>
          </p>
          {result.lines.length > 0 && (
            <List className="pf-v5-u-mt-sm" data-testid="kontor-reorder-lines">
              {result.lines.map((line, index) => (
                <ListItem key={index}>
                  {line.quantity} × {line.name} ({line.sku})
                </ListItem>
              ))}
            </List>
          )}
          {result.skipped.length > 0 && (
            <Alert variant="warning" isInline isPlain className="pf-v5-u-mt-md" title={t("kontorReorderSkipped")} data-testid="kontor-reorder-skipped">
              <List>
                {result.skipped.map((line) => (
                  <ListItem key={line.lineId}>
                    {line.name} ({line.sku}): {t(`kontorSkipReason.${line.reason}`, { defaultValue: line.reason })}
                  </ListItem>
                ))}
              </List>
            </Alert>
          )}
        </>
      )}
    </Modal>
  );
}
