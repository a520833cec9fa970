// RFC 4180 CSV: every field that holds a comma, quote, or line break is quoted.

export type CsvValue = string | number | null | undefined;

function csvField(value: CsvValue): string {
  if (value == null) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: CsvValue[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

export function renderCsv(head: string[], rows: CsvValue[][]): string {
  return csvLine(head) + rows.map(csvLine).join('');
}
