import { Pagination } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

/** Where a list is: its first row and page size, as the admin API's first/max. */
export type Paging = { first: number; max: number; setFirst: (first: number) => void; setMax: (max: number) => void };

/** A list's paging state, 10 rows a page to begin with. */
export function usePaging(initialMax = 10): Paging {
  const [first, setFirst] = useState(0);
  const [max, setMax] = useState(initialMax);
  return { first, max, setFirst, setMax };
}

type Props = {
  testId: string;
  /** What the list is, for the pagination's accessible name. */
  label: string;
  total: number;
  paging: Paging;
};

/** The compact pager of every Kontor list (first/max paging of the admin API), with its words in the admin's language. */
export function ListPagination({ testId, label, total, paging }: Props) {
  const { t } = useTranslation();
  const { first, max } = paging;
  const onChange = (newFirst: number, newMax: number) => {
    paging.setFirst(newFirst);
    paging.setMax(newMax);
  };
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
