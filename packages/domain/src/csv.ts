/**
 * Rows as RFC 4180 CSV (CRLF line ends; a field with a comma, quote or line break is quoted). A
 * field a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe: the
 * file is opened in Excel by people who did not write its content (OWASP "CSV injection").
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
