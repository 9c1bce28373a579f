import type { AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { useAlerts, useEnvironment } from "@keycloak/keycloak-ui-shared";
import {
  AlertVariant,
  Button,
  Card,
  CardBody,
  CardFooter,
  CardHeader,
  CardTitle,
  Flex,
  FlexItem,
  Gallery,
  Label,
  LabelGroup,
  Modal,
  ModalVariant,
  Pagination,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { PlusCircleIcon } from "@patternfly/react-icons";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { AddressText } from "../components/AddressText";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { KontorPage } from "../components/KontorPage";
import { Empty } from "../components/Loading";
import { problemMessage } from "../components/ProblemAlert";
import { Section } from "../components/Section";
import { useLoad } from "../components/useLoad";
import { type Address, createAddress, deleteAddress, listAddresses, updateAddress } from "../lib/commerce";
import type { AddressInput } from "../lib/postcode";
import { AddressForm, emptyAddress, toInput } from "./AddressForm";

const PAGE_SIZE = 20;

/** Address book (COM-1): cards, add/edit, delete, default billing and shipping address. */
export default function Addresses() {
  const { t } = useTranslation();
  const context = useEnvironment<AccountEnvironment>();
  const { addAlert } = useAlerts();
  const [page, setPage] = useState(1);
  const addresses = useLoad((c, signal) => listAddresses(c, (page - 1) * PAGE_SIZE, PAGE_SIZE, { signal }), [page]);
  const [editing, setEditing] = useState<null | "new" | Address>(null);
  const [deleting, setDeleting] = useState<Address | null>(null);

  const save = async (input: AddressInput) => {
    if (editing === "new") await createAddress(context, input);
    else if (editing) await updateAddress(context, editing.id, editing.version, input);
    addAlert(t("kontorAddressSaved"), AlertVariant.success);
    setEditing(null);
    addresses.reload();
  };

  const makeDefault = async (address: Address, kind: "defaultBilling" | "defaultShipping") => {
    try {
      await updateAddress(context, address.id, address.version, { ...toInput(address), [kind]: true });
      addAlert(t(kind === "defaultBilling" ? "kontorDefaultBillingSet" : "kontorDefaultShippingSet"), AlertVariant.success);
    } catch (error) {
      addAlert(problemMessage(t, error), AlertVariant.danger);
    } finally {
      addresses.reload();
    }
  };

  const remove = async () => {
    if (!deleting) return;
    try {
      await deleteAddress(context, deleting.id);
      addAlert(t("kontorAddressDeleted"), AlertVariant.success);
    } catch (error) {
      addAlert(problemMessage(t, error), AlertVariant.danger);
    } finally {
      setDeleting(null);
      addresses.reload();
    }
  };

  const addButton = (
    <Button variant="primary" icon={<PlusCircleIcon />} onClick={() => setEditing("new")} data-testid="kontor-address-add">
      {t("kontorAddAddress")}
    </Button>
  );

  return (
    <KontorPage title={t("kontorAddressesTitle")} description={t("kontorAddressesDescription")} testId="kontor-addresses">
      <Section state={addresses.state} testId="kontor-addresses" onRetry={addresses.reload}>
        {({ items, total }) =>
          total === 0 ? (
            <Empty testId="kontor-addresses-empty" title={t("kontorAddressesEmpty")} body={t("kontorAddressesEmptyHint")}>
              {addButton}
            </Empty>
          ) : (
            <>
              <Toolbar>
                <ToolbarContent>
                  <ToolbarItem>{addButton}</ToolbarItem>
                  {total > PAGE_SIZE && (
                    <ToolbarItem variant="pagination" align={{ default: "alignRight" }}>
                      <Pagination itemCount={total} perPage={PAGE_SIZE} page={page} onSetPage={(_e, p) => setPage(p)} perPageOptions={[]} isCompact />
                    </ToolbarItem>
                  )}
                </ToolbarContent>
              </Toolbar>
              <Gallery hasGutter minWidths={{ default: "100%", sm: "18rem" }}>
                {items.map((address) => (
                  <Card key={address.id} isFlat className="kontor-card" data-testid="kontor-address-card" data-address-id={address.id}>
                    <CardHeader>
                      <CardTitle component="h2">{[address.firstName, address.lastName].join(" ")}</CardTitle>
                    </CardHeader>
                    <CardBody>
                      <AddressText address={address} />
                      <LabelGroup className="pf-v5-u-mt-sm">
                        {address.defaultBilling && (
                          <Label color="blue" isCompact data-testid="kontor-address-default-billing">
                            {t("kontorDefaultBilling")}
                          </Label>
                        )}
                        {address.defaultShipping && (
                          <Label color="purple" isCompact data-testid="kontor-address-default-shipping">
                            {t("kontorDefaultShipping")}
                          </Label>
                        )}
                      </LabelGroup>
                    </CardBody>
                    <CardFooter>
                      <Flex spaceItems={{ default: "spaceItemsSm" }}>
                        <FlexItem>
                          <Button variant="secondary" size="sm" onClick={() => setEditing(address)} data-testid="kontor-address-edit">
                            {t("kontorEdit")}
                          </Button>
                        </FlexItem>
                        {!address.defaultBilling && (
                          <FlexItem>
                            <Button variant="link" size="sm" isInline onClick={() => makeDefault(address, "defaultBilling")} data-testid="kontor-address-make-billing">
                              {t("kontorMakeDefaultBilling")}
                            </Button>
                          </FlexItem>
                        )}
                        {!address.defaultShipping && (
                          <FlexItem>
                            <Button variant="link" size="sm" isInline onClick={() => makeDefault(address, "defaultShipping")} data-testid="kontor-address-make-shipping">
                              {t("kontorMakeDefaultShipping")}
                            </Button>
                          </FlexItem>
                        )}
                        <FlexItem>
                          <Button variant="link" size="sm" isInline isDanger onClick={() => setDeleting(address)} data-testid="kontor-address-delete">
                            {t("kontorDelete")}
                          </Button>
                        </FlexItem>
                      </Flex>
                    </CardFooter>
                  </Card>
                ))}
              </Gallery>
            </>
          )
        }
      </Section>
      <Modal
        variant={ModalVariant.medium}
        title={editing === "new" ? t("kontorAddAddress") : t("kontorEditAddress")}
        isOpen={editing !== null}
        onClose={() => setEditing(null)}
        data-testid="kontor-address-dialog"
      >
        {editing !== null && (
          <AddressForm
            initial={editing === "new" ? emptyAddress() : toInput(editing)}
            onSubmit={save}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
      <ConfirmDialog
        isOpen={deleting !== null}
        title={t("kontorDeleteAddressTitle")}
        confirmLabel={t("kontorDelete")}
        testId="kontor-address-delete-dialog"
        onCancel={() => setDeleting(null)}
        onConfirm={remove}
      >
        {deleting && <AddressText address={deleting} />}
      </ConfirmDialog>
    </KontorPage>
  );
}
