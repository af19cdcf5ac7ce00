/**
 * Where UTF-8 first goes wrong in a run of bytes. TextDecoder({ fatal: true }) says *that* the
 * bytes are not UTF-8 but not *where*; an editor needs the place. The ranges are the Unicode
 * Standard's well-formed byte sequences (Table 3-7), the same ones the decoder enforces, so the
 * two agree: no overlong forms, no surrogates, nothing above U+10FFFF.
 */

/** The offset of the first byte that does not start a well-formed UTF-8 sequence, or -1 if all do. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // How many continuation bytes follow, and the range the first of them must fall in (the
    // narrower ranges after E0, ED, F0 and F4 exclude overlong forms, surrogates and > U+10FFFF).
    let follow: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) follow = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      follow = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      follow = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= follow; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += follow + 1;
  }
  return -1;
}
