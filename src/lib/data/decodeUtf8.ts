import { issue, type DataIssue } from './issues.ts';

const fatalDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes a file's bytes as UTF-8 (dropping a byte-order mark) and normalises the text to NFC,
 * so a name typed in NFD joins and displays like one typed in NFC. Invalid bytes are reported
 * line by line, never replaced by U+FFFD.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string } | { issues: DataIssue[] } {
  try {
    return { text: fatalDecoder.decode(bytes).normalize('NFC') };
  } catch {
    return { issues: invalidUtf8Lines(bytes, file) };
  }
}

function invalidUtf8Lines(bytes: Uint8Array, file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    try {
      fatalDecoder.decode(bytes.subarray(start, end));
    } catch {
      issues.push(issue({ file, line, column: 1 }, 'csv.notUtf8'));
    }
    start = end + 1;
  }
  return issues;
}
