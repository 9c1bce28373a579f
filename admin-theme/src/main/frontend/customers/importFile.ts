/**
 * Reads a directory file for the bulk import: a JSON array of {customerNumber, name, type} as the
 * API takes it, or CSV/TSV with a header line naming those columns (separator "," ";" or tab, as
 * spreadsheets export). Rows are passed on as they are: checking them is the API's job, so the
 * console shows exactly the row errors the server found (row = 0-based index in the array).
 */
export type ImportRow = { customerNumber?: string; name?: string; type?: string };

export class ImportFileError extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

const COLUMNS = ["customerNumber", "name", "type"] as const;

export function parseImportFile(fileName: string, text: string): ImportRow[] {
  const content = text.replace(/^\uFEFF/, "").trim();
  if (content === "") throw new ImportFileError("kontorImportEmpty");
  if (fileName.toLowerCase().endsWith(".json") || content.startsWith("[")) {
    let rows: unknown;
    try {
      rows = JSON.parse(content);
    } catch {
      throw new ImportFileError("kontorImportNotJson");
    }
    if (!Array.isArray(rows)) throw new ImportFileError("kontorImportNotArray");
    return rows as ImportRow[];
  }
  return parseDelimited(content);
}

function parseDelimited(content: string): ImportRow[] {
  const lines = content.split(/\r?\n/).filter((line) => line.trim() !== "");
  const separator = [";", "\t", ","].find((candidate) => lines[0].includes(candidate)) ?? ",";
  const header = split(lines[0], separator).map((cell) => cell.trim());
  const index = COLUMNS.map((column) => header.findIndex((cell) => cell.toLowerCase() === column.toLowerCase()));
  if (index[0] < 0 || index[1] < 0) throw new ImportFileError("kontorImportNoHeader");
  return lines.slice(1).map((line) => {
    const cells = split(line, separator);
    const row: ImportRow = {};
    COLUMNS.forEach((column, i) => {
      if (index[i] >= 0 && cells[index[i]] !== undefined) row[column] = cells[index[i]].trim();
    });
    return row;
  });
}

/** One line of CSV: separators inside double quotes do not split, "" is a quote. */
function split(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === separator) {
      cells.push(cell);
      cell = "";
    } else {
      cell += char;
    }
  }
  cells.push(cell);
  return cells;
}
