import { Pagination } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";

type Props = {
  testId: string;
  /** What the list is, for the pagination's accessible name. */
  label: string;
  total: number;
  first: number;
  max: number;
  onChange: (first: number, max: number) => void;
};

/** The compact pager of every Kontor list (first/max paging of the admin API), with its words in the admin's language. */
export function ListPagination({ testId, label, total, first, max, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Pagination
      data-testid={testId}
      itemCount={total}
      perPage={max}
      page={Math.floor(first / max) + 1}
      onSetPage={(_, newPage) => onChange((newPage - 1) * max, max)}
      onPerPageSelect={(_, perPage) => onChange(0, perPage)}
      isCompact
      titles={{ ofWord: t("kontorPaginationOf"), perPageSuffix: t("kontorPaginationPerPage"), items: "", page: "", paginationAriaLabel: label }}
    />
  );
}
