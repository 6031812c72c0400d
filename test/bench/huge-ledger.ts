/**
 * A receivables ledger of Excel's full height (1,048,575 rows under a header) × 12 columns,
 * written straight to a zip file part by part with a streaming deflate, so that generating it
 * needs megabytes, not the gigabytes its 450 MB sheet would take as one string. Cached under
 * `.bench-cache/` by content version. `withDimension: false` leaves out `<dimension>`, so only
 * the cells can tell the sheet's size.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  renameSync,
  statSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import { constants, createDeflateRaw, crc32 as zlibCrc32 } from "node:zlib";

export const HUGE_ROWS = 1_048_575;
export const HUGE_COLUMNS = 12;
const FORMAT_VERSION = 1;
const ROWS_PER_CHUNK = 2_000;

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
const HEADERS = [
  "Customer ID",
  "Invoice No",
  "Invoice date",
  "Due date",
  "Amount",
  "Paid amount",
  "Paid date",
  "Currency",
  "Region",
  "Salesperson",
  "Terms",
  "Note",
];

interface Written {
  name: string;
  offset: number;
  crc: number;
  compressed: number;
  uncompressed: number;
}

const inline = (reference: string, value: string) =>
  `<c r="${reference}" t="inlineStr"><is><t>${value}</t></is></c>`;

function ledgerRow(row: number): string {
  const index = row - 1;
  const customer = `C${String((index % 50_000) + 1).padStart(7, "0")}`;
  const invoiceDay = 45_600 + (index % 540);
  const terms = [30, 45, 60, 90][index % 4];
  const amount = 1_000 + ((index * 7919) % 199_000);
  const paid = index % 3 === 0;
  return (
    `<row r="${row}">` +
    inline(`A${row}`, customer) +
    inline(`B${row}`, `INV-${String(index).padStart(8, "0")}`) +
    `<c r="C${row}" s="1"><v>${invoiceDay}</v></c><c r="D${row}" s="1"><v>${invoiceDay + terms}</v></c>` +
    `<c r="E${row}"><v>${amount}</v></c>` +
    (paid
      ? `<c r="F${row}"><v>${amount}</v></c><c r="G${row}" s="1"><v>${invoiceDay + terms - 3}</v></c>`
      : "") +
    inline(`H${row}`, "CNY") +
    inline(`I${row}`, ["North", "East", "South", "West"][index % 4]) +
    inline(`J${row}`, `Rep ${index % 40}`) +
    `<c r="K${row}"><v>${terms}</v></c>` +
    (index % 10 === 0 ? inline(`L${row}`, "follow up") : "") +
    "</row>"
  );
}

function* ledgerSheet(withDimension: boolean): Generator<string> {
  const header = HEADERS.map((text, column) =>
    inline(`${String.fromCharCode(65 + column)}1`, text)
  ).join("");
  yield (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}">` +
    (withDimension ? `<dimension ref="A1:L${HUGE_ROWS + 1}"/>` : "") +
    `<sheetData><row r="1">${header}</row>`
  );
  for (let start = 2; start <= HUGE_ROWS + 1; start += ROWS_PER_CHUNK) {
    let chunk = "";
    for (let row = start; row < start + ROWS_PER_CHUNK && row <= HUGE_ROWS + 1; row += 1)
      chunk += ledgerRow(row);
    yield chunk;
  }
  yield "</sheetData></worksheet>";
}

function* once(text: string): Generator<string> {
  yield text;
}

/** Deflates the pieces into the file at its current end; returns the sizes and CRC for the directory. */
async function writeEntry(
  fd: number,
  offset: number,
  name: string,
  pieces: Iterable<string>
): Promise<Written> {
  const nameBytes = Buffer.from(name, "utf8");
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0x0008, 6); // sizes and CRC follow the data
  local.writeUInt16LE(8, 8);
  local.writeUInt16LE(nameBytes.length, 26);
  let position = offset;
  position += writeSync(fd, local, 0, local.length, position);
  position += writeSync(fd, nameBytes, 0, nameBytes.length, position);
  const deflate = createDeflateRaw({ level: 1, flush: constants.Z_NO_FLUSH });
  let compressed = 0;
  deflate.on("data", (chunk: Buffer) => {
    compressed += writeSync(fd, chunk, 0, chunk.length, position + compressed);
  });
  const finished = new Promise<void>((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });
  let crc = 0;
  let uncompressed = 0;
  for (const piece of pieces) {
    const bytes = Buffer.from(piece, "utf8");
    crc = zlibCrc32(bytes, crc);
    uncompressed += bytes.length;
    if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await finished;
  position += compressed;
  const descriptor = Buffer.alloc(16);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(crc >>> 0, 4);
  descriptor.writeUInt32LE(compressed, 8);
  descriptor.writeUInt32LE(uncompressed, 12);
  writeSync(fd, descriptor, 0, descriptor.length, position);
  return { name, offset, crc: crc >>> 0, compressed, uncompressed };
}

function writeDirectory(fd: number, offset: number, entries: Written[]): void {
  const records = entries.map((entry) => {
    const nameBytes = Buffer.from(entry.name, "utf8");
    const record = Buffer.alloc(46 + nameBytes.length);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x0008, 8);
    record.writeUInt16LE(8, 10);
    record.writeUInt32LE(entry.crc, 16);
    record.writeUInt32LE(entry.compressed, 20);
    record.writeUInt32LE(entry.uncompressed, 24);
    record.writeUInt16LE(nameBytes.length, 28);
    record.writeUInt32LE(entry.offset, 42);
    nameBytes.copy(record, 46);
    return record;
  });
  const directory = Buffer.concat(records);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  writeSync(fd, Buffer.concat([directory, end]), 0, directory.length + 22, offset);
}

async function writeLedger(path: string, withDimension: boolean): Promise<void> {
  const customers =
    `<worksheet xmlns="${MAIN}"><sheetData><row r="1">${inline("A1", "Customer ID")}${inline("B1", "Customer name")}</row>` +
    Array.from(
      { length: 50 },
      (_, index) =>
        `<row r="${index + 2}">${inline(`A${index + 2}`, `C${String(index + 1).padStart(7, "0")}`)}${inline(`B${index + 2}`, `Customer ${index + 1}`)}</row>`
    ).join("") +
    "</sheetData></worksheet>";
  const parts: [string, Iterable<string>][] = [
    [
      "[Content_Types].xml",
      once(
        `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`
      ),
    ],
    [
      "_rels/.rels",
      once(
        `<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
      ),
    ],
    [
      "xl/workbook.xml",
      once(
        `<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets><sheet name="Customers" sheetId="1" r:id="rId1"/><sheet name="Receivables" sheetId="2" r:id="rId2"/></sheets></workbook>`
      ),
    ],
    [
      "xl/_rels/workbook.xml.rels",
      once(
        `<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>`
      ),
    ],
    [
      "xl/styles.xml",
      once(
        `<styleSheet xmlns="${MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`
      ),
    ],
    ["xl/worksheets/sheet1.xml", once(customers)],
    ["xl/worksheets/sheet2.xml", ledgerSheet(withDimension)],
  ];
  const fd = openSync(path, "w");
  try {
    const written: Written[] = [];
    let offset = 0;
    for (const [name, pieces] of parts) {
      const entry = await writeEntry(fd, offset, name, pieces);
      written.push(entry);
      offset = entry.offset + 30 + Buffer.byteLength(name) + entry.compressed + 16;
    }
    writeDirectory(fd, offset, written);
  } finally {
    closeSync(fd);
  }
}

export interface HugeLedger {
  path: string;
  bytes: number;
}

/** The ledger in `dir`, generated once (about a minute) and reused while its content is unchanged. */
export async function hugeLedger(dir: string, withDimension = true): Promise<HugeLedger> {
  mkdirSync(dir, { recursive: true });
  const path = join(
    dir,
    `ledger-${HUGE_ROWS}x${HUGE_COLUMNS}-v${FORMAT_VERSION}${withDimension ? "" : "-nodim"}.xlsx`
  );
  if (!existsSync(path)) {
    const partial = `${path}.partial`;
    await writeLedger(partial, withDimension);
    renameSync(partial, path);
  }
  return { path, bytes: statSync(path).size };
}
