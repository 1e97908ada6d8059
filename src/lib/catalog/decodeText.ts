/**
 * Bytes to text, UTF-8 only, with the place of the first bad byte when the
 * file is in another encoding (TextDecoder alone does not say where).
 */
export type Decoded =
  | { ok: true; text: string }
  | { ok: false; offset: number; text: string; message: string };

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** UTF-8 bytes a string takes, without allocating them. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) bytes += code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}

export function decodeText(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, offset: 0, text: '', message: 'the file is UTF-16 text; save it as UTF-8' };
  }
  try {
    // A leading byte order mark is dropped here: editors on Windows add one and it is harmless.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // The lossy decoding marks bad bytes with U+FFFD; skip any U+FFFD the file really contains.
    const text = new TextDecoder('utf-8').decode(bytes);
    const encoder = new TextEncoder();
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    let byteOffset = bom;
    let charOffset = 0;
    for (let bad = text.indexOf('\uFFFD'); bad >= 0; bad = text.indexOf('\uFFFD', bad + 1)) {
      byteOffset += encoder.encode(text.slice(charOffset, bad)).length;
      if (bytes[byteOffset] === 0xef && bytes[byteOffset + 1] === 0xbf && bytes[byteOffset + 2] === 0xbd) {
        byteOffset += 3;
        charOffset = bad + 1;
        continue;
      }
      const byte = hex(bytes[byteOffset] ?? 0);
      return {
        ok: false,
        offset: bad,
        text,
        message: `the file is not valid UTF-8 text (byte ${byte} here); save it as UTF-8`,
      };
    }
    return { ok: false, offset: 0, text, message: 'the file is not valid UTF-8 text; save it as UTF-8' };
  }
}
