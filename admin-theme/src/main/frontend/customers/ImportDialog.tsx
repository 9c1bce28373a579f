import {
  Alert,
  Button,
  FileUpload,
  Modal,
  ModalVariant,
  Stack,
  StackItem,
  Text,
  TextContent,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { type ImportResult, ProblemError, useCustomersApi } from "./api";
import { ImportFileError, type ImportRow, parseImportFile } from "./importFile";
import { errorText } from "./messages";

/**
 * Bulk import of a directory file (JSON array or CSV with a header line). Good rows are imported
 * even when others are rejected; the answer's rejected rows are listed with their line in the
 * file and what is wrong, in the admin's language.
 */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const api = useCustomersApi();
  const [fileName, setFileName] = useState("");
  const [rows, setRows] = useState<ImportRow[]>();
  const [csv, setCsv] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [result, setResult] = useState<ImportResult>();
  const [busy, setBusy] = useState(false);

  const read = async (file: File) => {
    setFileName(file.name);
    setResult(undefined);
    setFailure(undefined);
    try {
      const text = await file.text();
      setRows(parseImportFile(file.name, text));
      setCsv(!text.trim().startsWith("["));
    } catch (e) {
      setRows(undefined);
      setFailure(t(e instanceof ImportFileError ? e.key : "kontorImportNotJson"));
    }
  };

  const start = async () => {
    if (!rows) return;
    setBusy(true);
    setFailure(undefined);
    try {
      setResult(await api.importRows(rows));
    } catch (e) {
      const problem = e as ProblemError;
      setFailure(errorText(t, { code: problem.code, message: problem.message }));
    } finally {
      setBusy(false);
    }
  };

  // Line in the file for a 0-based row: JSON rows count from 1, CSV rows after the header line.
  const line = (row: number) => (csv ? row + 2 : row + 1);

  return (
    <Modal
      variant={ModalVariant.medium}
      title={t("kontorImportCustomers")}
      isOpen
      onClose={onClose}
      data-testid="kontor-import-dialog"
      actions={[
        !result && (
          <Button key="import" data-testid="kontor-import-start" isDisabled={!rows || busy} isLoading={busy} onClick={start}>
            {t("kontorImportStart")}
          </Button>
        ),
        <Button key="close" variant={result ? "primary" : "link"} data-testid="kontor-import-close" onClick={onClose}>
          {result ? t("kontorClose") : t("kontorCancel")}
        </Button>,
      ].filter(Boolean)}
    >
      <Stack hasGutter>
        <StackItem>
          <TextContent>
            <Text>{t("kontorImportHelp")}</Text>
          </TextContent>
        </StackItem>
        <StackItem>
          <FileUpload
            id="kontor-import-file"
            data-testid="kontor-import-file"
            type="text"
            filename={fileName}
            filenamePlaceholder={t("kontorImportChooseFile")}
            browseButtonText={t("kontorImportBrowse")}
            clearButtonText={t("kontorImportClear")}
            hideDefaultPreview
            dropzoneProps={{ accept: { "application/json": [".json"], "text/csv": [".csv", ".txt", ".tsv"] } }}
            onFileInputChange={(_, file) => read(file)}
            onClearClick={() => {
              setFileName("");
              setRows(undefined);
              setResult(undefined);
            }}
          />
          {rows && !result && (
            <Text component="small" data-testid="kontor-import-row-count">
              {t("kontorImportRowCount", { count: rows.length })}
            </Text>
          )}
        </StackItem>
        {failure && (
          <StackItem>
            <Alert variant="danger" isInline title={failure} data-testid="kontor-import-error" />
          </StackItem>
        )}
        {result && (
          <StackItem>
            <Alert
              variant={result.rejected.length > 0 ? "warning" : "success"}
              isInline
              data-testid="kontor-import-result"
              title={t("kontorImportResult", {
                created: result.created,
                updated: result.updated,
                unchanged: result.unchanged,
                rejected: result.rejected.length,
              })}
            />
          </StackItem>
        )}
        {result && result.rejected.length > 0 && (
          <StackItem>
            <Table aria-label={t("kontorImportRejected")} variant="compact" data-testid="kontor-import-rejected">
              <Thead>
                <Tr>
                  <Th>{t("kontorImportLine")}</Th>
                  <Th>{t("kontorCustomerNumber")}</Th>
                  <Th>{t("kontorImportProblem")}</Th>
                </Tr>
              </Thead>
              <Tbody>
                {result.rejected.map((rejected) => (
                  <Tr key={rejected.row} data-testid="kontor-import-rejected-row" data-row={rejected.row}>
                    <Td dataLabel={t("kontorImportLine")}>{line(rejected.row)}</Td>
                    <Td dataLabel={t("kontorCustomerNumber")}>{rejected.customerNumber ?? ""}</Td>
                    <Td dataLabel={t("kontorImportProblem")}>
                      {rejected.errors.map((error) => errorText(t, error)).join(" ")}
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          </StackItem>
        )}
      </Stack>
    </Modal>
  );
}
