import type { AgentSource } from './parse-agent.ts';

/**
 * An agent file's bytes as a source: its text when they are UTF-8. Otherwise the source says why
 * it cannot be read (UTF-16, or the line of the first byte that is not UTF-8), unless the bytes
 * look binary, which `parseAgent` reports itself.
 */
export function decodeAgentFile(file: string, bytes: Uint8Array): AgentSource {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      file,
      text: '',
      unreadable: {
        message: 'The file is UTF-16 text; the handbook reads UTF-8.',
        hint: 'Save the file as UTF-8 (in most editors: “Save with encoding”, then UTF-8).',
      },
    };
  }
  const bad = firstInvalidUtf8(bytes);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  if (bad < 0 || text.includes('\0')) return { file, text };
  const before = bytes.subarray(0, bad);
  const line = before.filter((byte) => byte === 0x0a).length + 1;
  const column = bad - before.lastIndexOf(0x0a);
  return {
    file,
    text: '',
    unreadable: {
      line,
      message: `The file is not UTF-8: byte 0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')} at line ${line}, column ${column} is not part of any UTF-8 character.`,
      hint: 'Save the file as UTF-8; it was probably written as Latin-1 or Windows-1252.',
    },
  };
}

/**
 * The offset of the first byte that is not part of a well-formed UTF-8 sequence (Unicode
 * Table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF), or -1.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    // The length of the sequence, and the range its second byte must fall in.
    const [length, low, high] =
      lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0xbf]
      : lead === 0xe0 ? [3, 0xa0, 0xbf]
      : (lead >= 0xe1 && lead <= 0xec) || lead === 0xee || lead === 0xef ? [3, 0x80, 0xbf]
      : lead === 0xed ? [3, 0x80, 0x9f]
      : lead === 0xf0 ? [4, 0x90, 0xbf]
      : lead >= 0xf1 && lead <= 0xf3 ? [4, 0x80, 0xbf]
      : lead === 0xf4 ? [4, 0x80, 0x8f]
      : [0, 0, 0];
    if (length === 0) return index;
    const second = bytes[index + 1];
    if (second === undefined || second < low || second > high) return index;
    for (let next = 2; next < length; next += 1) {
      const byte = bytes[index + next];
      if (byte === undefined || byte < 0x80 || byte > 0xbf) return index;
    }
    index += length;
  }
  return -1;
}
