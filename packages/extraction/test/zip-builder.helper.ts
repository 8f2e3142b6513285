import { constants, crc32, deflateRawSync } from 'node:zlib';

/** One archive entry: its data, or pre-deflated data with the real size and CRC. */
export interface ZipEntrySpec {
  name: string;
  data?: Uint8Array | string;
  deflated?: { bytes: Uint8Array; size: number; crc: number };
  /** Lie in the headers: declare this uncompressed size instead of the real one. */
  declaredSize?: number;
}

interface Built {
  name: Buffer;
  method: number;
  crc: number;
  size: number;
  body: Uint8Array;
}

function prepare(spec: ZipEntrySpec): Built {
  const name = Buffer.from(spec.name, 'utf8');
  if (spec.deflated) {
    const { bytes, size, crc } = spec.deflated;
    return { name, method: 8, crc, size: spec.declaredSize ?? size, body: bytes };
  }
  const data =
    typeof spec.data === 'string'
      ? Buffer.from(spec.data, 'utf8')
      : (spec.data ?? new Uint8Array());
  const body = deflateRawSync(data);
  return { name, method: 8, crc: crc32(data), size: spec.declaredSize ?? data.length, body };
}

function header(signature: number, entry: Built, central: boolean, offset: number): Buffer {
  const buffer = Buffer.alloc(central ? 46 : 30);
  let at = 0;
  const u16 = (value: number): void => {
    at = buffer.writeUInt16LE(value, at);
  };
  const u32 = (value: number): void => {
    at = buffer.writeUInt32LE(value >>> 0, at);
  };
  u32(signature);
  if (central) u16(20);
  u16(20); // version needed
  u16(0); // flags
  u16(entry.method);
  u16(0); // time
  u16(0x21); // date: 1980-01-01
  u32(entry.crc);
  u32(entry.body.length);
  u32(entry.size);
  u16(entry.name.length);
  u16(0); // extra length
  if (central) {
    u16(0); // comment length
    u16(0); // disk
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(offset);
  }
  return buffer;
}

/** Builds a zip archive (deflated entries, central directory, end record) in memory. */
export function buildZip(specs: readonly ZipEntrySpec[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of specs.map(prepare)) {
    const local = header(0x04034b50, entry, false, 0);
    parts.push(local, entry.name, entry.body);
    central.push(header(0x02014b50, entry, true, offset), entry.name);
    offset += local.length + entry.name.length + entry.body.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(specs.length, 8);
  end.writeUInt16LE(specs.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

/**
 * `megabytes` MiB of zeros as one raw-deflate stream, built from independently compressed 1 MiB
 * blocks (sync-flushed, so they concatenate), without ever holding the zeros in memory at once.
 */
export function deflatedZeros(megabytes: number): { bytes: Uint8Array; size: number; crc: number } {
  const mebibyte = Buffer.alloc(1024 * 1024);
  const block = deflateRawSync(mebibyte, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const blocks: Uint8Array[] = [];
  let crc = 0;
  for (let index = 0; index < megabytes; index++) {
    blocks.push(block);
    crc = crc32(mebibyte, crc);
  }
  blocks.push(deflateRawSync(Buffer.alloc(0)));
  return { bytes: Buffer.concat(blocks), size: megabytes * 1024 * 1024, crc };
}

/** The parts a minimal DOCX needs, around the given document.xml body text. */
export function minimalDocxEntries(paragraphs: readonly string[]): ZipEntrySpec[] {
  const body = paragraphs.map((text) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`).join('');
  return [
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    },
    {
      name: 'word/document.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    },
  ];
}
