/**
 * WOFF (1.0) to TrueType/OpenType. The renderer for share images (resvg) reads only
 * TTF/OTF, while npm font packages ship WOFF: the conversion is a table copy, each
 * table zlib-inflated when it was compressed (WOFF 1.0 specification, section 4–5).
 */
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // "wOFF"
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

/** Convert a WOFF 1.0 font file into the sfnt (TTF/OTF) bytes it wraps. */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const buf = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (buf.length < WOFF_HEADER || buf.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error('Không phải tệp phông WOFF 1.0');
  const flavor = buf.readUInt32BE(4);
  const count = buf.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = WOFF_HEADER + i * WOFF_ENTRY;
    const offset = buf.readUInt32BE(at + 4);
    const compLength = buf.readUInt32BE(at + 8);
    const origLength = buf.readUInt32BE(at + 12);
    const raw = buf.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : raw;
    if (data.length !== origLength) throw new Error(`Bảng phông thứ ${i} hỏng: ${data.length} byte, cần ${origLength}`);
    return { tag: buf.readUInt32BE(at), checksum: buf.readUInt32BE(at + 16), data };
  });

  // The sfnt binary-search header: the largest power of two not above the table count.
  const pow = 2 ** Math.floor(Math.log2(count));
  const header = Buffer.alloc(SFNT_HEADER + SFNT_ENTRY * count);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(pow * 16, 6);
  header.writeUInt16BE(Math.log2(pow), 8);
  header.writeUInt16BE(count * 16 - pow * 16, 10);

  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((t, i) => {
    const at = SFNT_HEADER + i * SFNT_ENTRY;
    header.writeUInt32BE(t.tag, at);
    header.writeUInt32BE(t.checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(t.data.length, at + 12);
    const padding = (4 - (t.data.length % 4)) % 4; // tables start on 4-byte boundaries
    parts.push(t.data, Buffer.alloc(padding));
    offset += t.data.length + padding;
  });
  return Buffer.concat(parts);
}
