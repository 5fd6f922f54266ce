// A zip file written front to back into a sink, one member after another, for the .xlsx output:
// each member is deflated as its bytes come (node:zlib, which compresses on the thread pool, so
// the next rows are built while the last ones are compressed) and its CRC and sizes follow it in a
// data descriptor, so nothing is held back and the sink never seeks. The central directory at the
// end carries the true sizes and offsets; past 4 GiB (a member, an offset, the directory) it gains
// the zip64 records a reader needs. Hand-written rather than a library: the parts are a few, the
// format is small, and the libraries in reach (archiver, jszip) buffer a member or hide the
// compressor's backpressure, which is where the memory of a large workbook went.
import { Writable } from 'node:stream';
import * as zlib from 'node:zlib';
import { constants, createDeflateRaw, type DeflateRaw } from 'node:zlib';
import type { Sink } from './sink.js';

const MAX32 = 0xffffffff;

/** zlib.crc32 from Node 20.15 on; before it, the table-driven CRC-32 of the zip format. */
const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();
function tableCrc32(data: Uint8Array, previous: number): number {
  let crc = ~previous;
  for (let k = 0; k < data.length; k++) crc = CRC_TABLE[(crc ^ data[k]!) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}
const crc32: (data: Uint8Array, previous: number) => number = typeof zlib.crc32 === 'function' ? zlib.crc32 : tableCrc32;
/** Deflate level: 1 (fastest) costs a workbook some 10–20% in size and halves the compression time. */
const LEVEL = constants.Z_BEST_SPEED;
/** Deflated bytes gathered before they go to the sink (the sink is a file; fewer, larger writes). */
const OUT_CHUNK = 1 << 18;
const UTF8_NAMES = 0x0800;
const DATA_DESCRIPTOR = 0x0008;

interface Member {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

function localHeader(name: Buffer): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(UTF8_NAMES | DATA_DESCRIPTOR, 6);
  header.writeUInt16LE(8, 8); // deflate
  header.writeUInt16LE(0x21, 12); // DOS date 1980-01-01: the output does not depend on the clock
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}

function dataDescriptor(member: Member): Buffer {
  const large = member.compressed > MAX32 || member.size > MAX32;
  const descriptor = Buffer.alloc(large ? 24 : 16);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(member.crc, 4);
  if (large) {
    descriptor.writeBigUInt64LE(BigInt(member.compressed), 8);
    descriptor.writeBigUInt64LE(BigInt(member.size), 16);
  } else {
    descriptor.writeUInt32LE(member.compressed, 8);
    descriptor.writeUInt32LE(member.size, 12);
  }
  return descriptor;
}

function centralEntry(member: Member): Buffer {
  const extra: bigint[] = [];
  if (member.size > MAX32) extra.push(BigInt(member.size));
  if (member.compressed > MAX32) extra.push(BigInt(member.compressed));
  if (member.offset > MAX32) extra.push(BigInt(member.offset));
  const extraBytes = extra.length ? 4 + 8 * extra.length : 0;
  const entry = Buffer.alloc(46 + member.name.length + extraBytes);
  entry.writeUInt32LE(0x02014b50, 0);
  entry.writeUInt16LE(extra.length ? 45 : 20, 4);
  entry.writeUInt16LE(extra.length ? 45 : 20, 6);
  entry.writeUInt16LE(UTF8_NAMES | DATA_DESCRIPTOR, 8);
  entry.writeUInt16LE(8, 10);
  entry.writeUInt16LE(0x21, 14);
  entry.writeUInt32LE(member.crc, 16);
  entry.writeUInt32LE(Math.min(member.compressed, MAX32), 20);
  entry.writeUInt32LE(Math.min(member.size, MAX32), 24);
  entry.writeUInt16LE(member.name.length, 28);
  entry.writeUInt16LE(extraBytes, 30);
  entry.writeUInt32LE(Math.min(member.offset, MAX32), 42);
  member.name.copy(entry, 46);
  if (extra.length) {
    let at = 46 + member.name.length;
    entry.writeUInt16LE(0x0001, at);
    entry.writeUInt16LE(8 * extra.length, at + 2);
    at += 4;
    for (const value of extra) {
      entry.writeBigUInt64LE(value, at);
      at += 8;
    }
  }
  return entry;
}

function endRecords(count: number, directoryOffset: number, directorySize: number): Buffer {
  const parts: Buffer[] = [];
  const zip64 = count > 0xffff || directoryOffset > MAX32 || directorySize > MAX32;
  if (zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(count), 24);
    record.writeBigUInt64LE(BigInt(count), 32);
    record.writeBigUInt64LE(BigInt(directorySize), 40);
    record.writeBigUInt64LE(BigInt(directoryOffset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(directoryOffset + directorySize), 8);
    locator.writeUInt32LE(1, 16);
    parts.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(count, 0xffff), 8);
  end.writeUInt16LE(Math.min(count, 0xffff), 10);
  end.writeUInt32LE(Math.min(directorySize, MAX32), 12);
  end.writeUInt32LE(Math.min(directoryOffset, MAX32), 16);
  parts.push(end);
  return Buffer.concat(parts);
}

/** One member being written: its bytes go in with write(), end() completes it. */
export interface ZipMember {
  write(bytes: Buffer): Promise<void>;
  end(): Promise<void>;
}

export class ZipWriter {
  private readonly members: Member[] = [];
  private offset = 0;
  private current: ZipMember | null = null;

  constructor(private readonly sink: Sink) {}

  private async put(bytes: Buffer): Promise<void> {
    this.offset += bytes.length;
    await this.sink.write(bytes);
  }

  /** Starts the next member (the one before must have ended). */
  async member(name: string): Promise<ZipMember> {
    if (this.current !== null) throw new Error(`zip member still open when ${name} starts`);
    const member: Member = { name: Buffer.from(name, 'utf8'), crc: 0, compressed: 0, size: 0, offset: this.offset };
    await this.put(localHeader(member.name));
    const deflate: DeflateRaw = createDeflateRaw({ level: LEVEL });
    let failure: unknown = null;
    let gathered: Buffer[] = [];
    let gatheredBytes = 0;
    const flush = async () => {
      if (gatheredBytes === 0) return;
      const bytes = gathered.length === 1 ? gathered[0]! : Buffer.concat(gathered, gatheredBytes);
      gathered = [];
      gatheredBytes = 0;
      await this.put(bytes);
    };
    // The deflated bytes go to the sink in order, each chunk once the sink has taken the one before;
    // a failure is kept (and thrown by the next write or end), not passed to the stream, which would
    // otherwise never finish.
    const out = new Writable({
      write: (chunk: Buffer, _encoding, callback) => {
        member.compressed += chunk.length;
        gathered.push(chunk);
        gatheredBytes += chunk.length;
        if (gatheredBytes < OUT_CHUNK || failure !== null) return callback();
        flush().then(() => callback(), (error: unknown) => {
          failure ??= error;
          callback();
        });
      },
    });
    deflate.pipe(out);
    deflate.on('error', (error) => { failure ??= error; });
    const check = () => {
      if (failure !== null) throw failure;
    };
    const handle: ZipMember = {
      write: async (bytes) => {
        check();
        member.crc = crc32(bytes, member.crc);
        member.size += bytes.length;
        if (!deflate.write(bytes)) await new Promise<void>((resolve) => deflate.once('drain', resolve));
        check();
      },
      end: async () => {
        check();
        await new Promise<void>((resolve) => {
          out.once('finish', resolve);
          out.once('error', resolve);
          deflate.end();
        });
        check();
        await flush();
        await this.put(dataDescriptor(member));
        this.members.push(member);
        this.current = null;
      },
    };
    this.current = handle;
    return handle;
  }

  /** A whole member at once (the small parts: workbook, styles, relationships). */
  async file(name: string, text: string): Promise<void> {
    const member = await this.member(name);
    await member.write(Buffer.from(text, 'utf8'));
    await member.end();
  }

  /** Writes the central directory; the zip is complete (the sink is not finished here). */
  async finish(): Promise<void> {
    const directoryOffset = this.offset;
    const directory = Buffer.concat(this.members.map(centralEntry));
    await this.put(directory);
    await this.put(endRecords(this.members.length, directoryOffset, directory.length));
  }
}
