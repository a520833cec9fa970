// Reading a file into text. (First version: UTF-8 only.)

import { readFile } from 'node:fs/promises';

export type ReadResult = { ok: true; text: string } | { ok: false; warning: string };

export async function readText(absolute: string): Promise<ReadResult> {
  try {
    const bytes = await readFile(absolute);
    return { ok: true, text: decode(bytes) };
  } catch (err) {
    return { ok: false, warning: (err as Error).message };
  }
}

export function decode(bytes: Uint8Array): string {
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}
