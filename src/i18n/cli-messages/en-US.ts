/** The command line's words in English: the reference catalog for `--lang`. */
export const CLI_EN_US = {
  "usage.synopsis": "Usage: credit-desk review <workbook.xlsx> [options]",
  "usage.description":
    "Reviews the customers and receivables of an Excel workbook: credit score, grade, limit, payment terms, aging and collection actions. The workbook itself is never changed.",
  "usage.options": "Options:",
  "usage.asOf": "  --as-of YYYY-MM-DD   date of the review (default: today)",
  "usage.policy":
    "  --policy FILE.json   credit policy to apply (default: the one the workbook keeps, else the built-in one)",
  "usage.out": "  --out FILE.xlsx      write a copy of the workbook with the review added",
  "usage.comparePolicy":
    "  --compare-policy FILE.json  also review under this policy and print what would change; nothing is written for it",
  "usage.json": "  --json FILE.json     write the result as JSON",
  "usage.lang": "  --lang TAG           language of messages and output: en-US, zh-CN or zh-TW",
  "usage.quiet": "  -q, --quiet          print only problems and errors",
  "usage.help": "  -h, --help           show this help",
  "usage.example":
    "Example: credit-desk review customers.xlsx --as-of 2026-06-30 --out review.xlsx",

  "progress.reading": "Reading {file} …",
  "progress.reviewing":
    "Reviewing as of {asOf}. Customers: {customers}, receivables: {receivables}, orders: {orders}",
  "progress.writing": "Writing {file} …",
  "progress.done": "Done in {seconds} s.",

  "summary.title": "Credit review as of {asOf} (policy {policyVersion})",
  "summary.customerId": "Customer ID",
  "summary.customerName": "Name",
  "summary.score": "Score",
  "summary.grade": "Grade",
  "summary.limit": "Limit",
  "summary.terms": "Terms (days)",
  "summary.exposure": "Exposure",
  "summary.available": "Available",
  "summary.overdue": "Overdue",
  "summary.status": "Status",
  "summary.reasons": "Reasons",
  "summary.gradeCounts": "Grades: A {a} · B {b} · C {c} · D {d} · no grade {none}",
  "summary.statusCounts": "Status: OK {ok} · reduced {reduced} · suspended {suspended}",
  "summary.totals": "Open receivables {open} · overdue {overdue} · DSO {dso} days",
  "summary.noDso": "DSO: not available (no credit sales in the period)",
  "summary.problemsHeading": "Problems found: {count}",
  "summary.noProblems": "No problems found in the input.",
  "summary.problemAt": "{sheet}, row {row}, column {column}: {message}",
  "summary.problemInRow": "{sheet}, row {row}: {message}",
  "summary.problemInSheet": "{sheet}: {message}",
  "summary.moreProblems": "… and {count} more (the JSON output lists them all)",
  "summary.wroteWorkbook": "Review written to {file}",
  "summary.wroteJson": "JSON result written to {file}",
  "summary.rowsLeftOut":
    "Finished. Rows with problems were left out of the totals they would falsify.",

  "args.UNKNOWN_COMMAND":
    'Unknown command "{detail}". The commands are: credit-desk review <workbook.xlsx> and credit-desk policy --export.',
  "args.MISSING_WORKBOOK": "Name the workbook to review: credit-desk review <workbook.xlsx>",
  "args.UNKNOWN_OPTION":
    'Unknown option "{detail}": run credit-desk --help for the list of options.',
  "args.BAD_DATE": '--as-of takes a date written YYYY-MM-DD, e.g. 2026-06-30 (got "{detail}").',
  "args.BAD_LANG": 'Unknown language "{detail}": use en-US, zh-CN or zh-TW. Continuing in English.',

  "file.notFound": "File not found: {file}",
  "file.unreadable": "Cannot read {file}: {detail}",
  "file.notUtf8":
    "{file} is not UTF-8 text (nor UTF-16 with a byte-order mark): save it as UTF-8 and run again.",
  "file.notXlsx":
    "{file} is not an .xlsx workbook. Open it in Excel, save it as Excel Workbook (.xlsx) and run again.",
  "file.corrupt": "{file} is damaged and cannot be opened as a workbook: {detail}",
  "file.encrypted":
    "{file} is protected by a password. Save a copy without the password and run again.",
  "file.sheetTooLarge":
    '{file}: sheet "{sheet}" spans {range} ({cells} cells), more than the {limit} cells a sheet may have to fit in memory; refused before reading it.',
  "file.sheetTooLargeRead":
    '{file}: sheet "{sheet}" reaches {range} ({cells} cells) while being read, more than the {limit} cells a sheet may have to fit in memory; refused.',
  "file.tooLarge": "{file} is {sizeMb} MB; files larger than {limitMb} MB are refused.",
  "file.zipBomb": "{file} would unpack to more than {limitMb} MB; refused as unsafe.",
  "file.sameAsInput": "--out must name a new file: the workbook under review is never overwritten.",
  "file.writeFailed": "Cannot write {file}: {detail}",

  "sheet.missing": "No {role} sheet found. Name a sheet one of: {expected}.",
  "sheet.empty": 'Sheet "{sheet}" has no data rows under its header.',
  "sheet.noHeader": 'Sheet "{sheet}": no header row found. Expected headers such as: {expected}.',
  "column.missing": 'Sheet "{sheet}" has no {field} column. Expected a header such as: {expected}.',
  "column.duplicate":
    'Sheet "{sheet}" has more than one {field} column ({columns}). Rename or remove one and run again.',
  "column.unreadable":
    'Sheet "{sheet}": {unreadable} of the {values} values of column {column}{header} cannot be read (for example {cell} "{example}"). The review stops rather than leave most rows out of the totals.',
  "column.unreadableHeader": " ({header})",
  "column.noResults":
    'Sheet "{sheet}", column {column}{header}, from row {row}: {count} formulas whose results were not saved; open and save the file in Excel or LibreOffice first, then run again.',
  "currency.mixed":
    'Sheet "{sheet}" holds amounts in {count} currencies (rows of each: {currencies}). Amounts in different currencies are never summed: review one currency per ledger, or name the review\'s currency in the policy.',
  "currency.rows": "{currency} {rows}",
  "currency.separator": ", ",
  "amounts.tooLarge":
    'Sheet "{sheet}": the amounts of column {column}{header} add up to more than {limit}, the largest sum a review adds exactly. Nothing was written: review the ledger in parts, or check the amounts for a typing error.',
  "output.pastLastColumn":
    'Sheet "{sheet}": the output columns would end at column {lastColumn}, past Excel\'s last column ({maxColumn}). Nothing was written: remove empty columns on the right of the table, then run again.',
  "role.customers": "customers",
  "role.receivables": "receivables",
  "role.orders": "orders",

  "policy.notJson": "The policy file {file} is not valid JSON: {detail}",
  "whatIf.title": "What if policy {version} replaced {current}:",
  "whatIf.migration": "Grades (current → compared): {moves}",
  "whatIf.noMigration": "Grades: no customer changes grade",
  "whatIf.limits": "Total limits {from} → {to}",
  "whatIf.terms":
    "Terms raised for {raised} customers, lowered for {lowered}; mean {from} → {to} days",
  "whatIf.overLimit": "Newly over their limit: {count} {ids}",
  "whatIf.suspensions": "Suspensions added {added} · lifted {lifted}",
  "whatIf.allowance": "Loss allowance {from} → {to}",
  "whatIf.moneyUnitKept":
    "The compared policy names another currency or money unit; the review's is kept.",
  "policy.invalid": "The policy file {file} was refused: {detail}",
  "review.unreadable": "The workbook could not be read as customers and receivables.",
  "error.unexpected": "Unexpected error: {detail}",

  "summary.severalReasons":
    "Each reason is listed under the status it caused; one customer can have several reasons.",
  "summary.severity.error": "Errors: rows left out of the totals",
  "summary.severity.warning": "Warnings: values assumed or not used",
  "summary.infoHeading": "For information, not problems: {count}",
  "summary.customersReviewed": "Customers reviewed",
  "summary.customers": "Customers",
  "summary.amount": "Amount",
  "summary.noGrade": "no grade",
  "summary.netOpen": "Net open receivables",
  "summary.dso": "DSO",
  "summary.dsoCountback": "Countback DSO",
  "summary.notAvailable": "not available",
  "summary.problemsBySheet": "Problems by sheet",
  "summary.wholeWorkbook": "(workbook)",
  "summary.outputNotes": "About the output:",
  "summary.policyFrom.given": "Policy from {file}",
  "summary.policyFrom.sheet": "Policy from the workbook's sheet",
  "summary.policyFrom.default": "Built-in policy",
  "sheet.missingHeaders": "{message} Or give a table the headers: {headers}.",
  "column.ambiguousHint": "The review does not guess which one is meant.",
  "file.zipBomb.any":
    "{file} would unpack far beyond its size or into too many parts; refused as unsafe (a zip bomb or a damaged file).",
  "file.jsonSameAsInput":
    "--json must name a new file: the workbook under review is never overwritten.",
  "policy.sheetRefused": 'The policy in sheet "{sheet}" was refused: {detail}',
  "summary.policyFrom.recorded": 'Policy recorded by the previous review in sheet "{sheet}"',
  "summary.policyFrom.settings": "Policy saved with the workbook",
  "usage.synopsisPolicy": "       credit-desk policy --export [--from reviewed.xlsx] > policy.json",
  "usage.export":
    "  --export             (policy) print the policy as JSON, in the format --policy reads",
  "usage.from":
    "  --from FILE.xlsx     (policy) the policy a workbook records instead of the built-in one",
  "usage.version": "  --version            print the version",
  "args.MISSING_VALUE":
    "Option {detail} needs a value (a value starting with - is written {detail}=value). Run credit-desk --help for the list of options.",
  "args.UNEXPECTED_VALUE":
    "Option {detail} takes no value. Run credit-desk --help for the list of options.",
  "args.WRONG_COMMAND":
    "Option {detail} does not belong to the {command} command. Run credit-desk --help for the list of options.",
  "args.UNEXPECTED_ARGUMENT":
    'Unexpected argument "{detail}". Run credit-desk --help for the list of options.',
  "args.POLICY_NEEDS_EXPORT":
    "The policy command prints a policy: credit-desk policy --export [--from reviewed.xlsx] > policy.json",
  "path.notAFile": "{option} {file} is {kind}, not a regular file: name a file.",
  "path.inputNotAFile": "{file} is {kind}, not an .xlsx file: give the path of a workbook file.",
  "path.inputStdin":
    "{file} is the standard input, which cannot be reviewed: give the path of an .xlsx file.",
  "path.kind.file": "a file",
  "path.kind.folder": "a folder",
  "path.kind.device": "a device",
  "path.kind.pipe": "a named pipe",
  "path.kind.socket": "a socket",
  "path.kind.brokenLink": "a link to a missing file",
  "path.same":
    "{first} and {second} lead to the same file ({file}): a review reads and writes separate files.",
  "path.input": "the workbook under review",
  "policy.tooLarge":
    "The policy file {file} is {sizeKb} KB; policy files larger than {limitKb} KB are refused.",
  "policy.notRecorded":
    "{file} records no policy: it has neither the policy sheet of a previous review nor a Policy sheet. Without --from, policy --export prints the built-in policy.",
  "usage.map":
    '  --map FIELD=HEADER   read FIELD from the column under HEADER (repeatable; e.g. --map id="Cust No")',
  "usage.mapping":
    "  --mapping FILE.json  column choices per sheet: field → header text or column number",
  "usage.noOrders":
    "  --no-orders          the workbook has no orders sheet: exposure uses the customers' unshipped-orders column",
  "args.MAP_MALFORMED": '--map takes field=Header, e.g. --map id="Cust No" (got "{detail}").',
  "args.MAP_UNKNOWN_FIELD":
    '--map {detail}: "{field}" is not a field the review reads; the README lists them under "Choosing columns".',
  "args.MAP_TWO_ROLES":
    '--map {detail}: "{field}" is a field of two sheets; name the sheet: {choices}.',
  "args.MAP_TWICE": "--map {detail}: {field} was already given a column; give each field one.",
  "mapping.notJson": "The mapping file {file} is not valid JSON: {detail}",
  "mapping.tooLarge":
    "The mapping file {file} is {sizeKb} KB; mapping files larger than {limitKb} KB are refused.",
  "mapping.notObject":
    'The mapping file {file} must map each sheet ("customers", "receivables", "orders") to fields, each given a header text or a column number.',
  "mapping.roleNotObject":
    'The mapping file {file} gives "{entry}" a value that is not an object of fields, each given a header text or a column number.',
  "mapping.unknownRole":
    'The mapping file {file} names "{entry}", which is not a sheet: use customers, receivables or orders.',
  "mapping.unknownField":
    'The mapping file {file} names "{entry}", which is not a field of that sheet; its fields are: {fields}.',
  "mapping.badValue":
    'The mapping file {file} gives "{entry}" the value {value}: write the header text or a column number from 1 to 16384.',
  "mapping.notColumnNumber":
    'The mapping file {file} gives "{entry}" a number that is not a column number: write a whole number from 1 to 16384, or the header text.',
  "mapping.headerNotFound":
    'Sheet "{sheet}" has no column headed "{header}", which {option} gives for {field}.',
  "mapping.headerAmbiguous":
    'Sheet "{sheet}" has several columns headed "{header}" ({candidates}), which {option} gives for {field}: choose one by its column number in --mapping.',
  "mapping.noSheet":
    "{option} gives {field} a column, but no {role} sheet was found in the workbook, so it would not be read.",
  "mapping.sameColumn":
    'Sheet "{sheet}": {first} and {second} are both given column {column}, and a column holds one field: give each its own column.',
  "mapping.savedSource": "the mapping saved in the workbook",
  "summary.columnsHeading": "Columns not read:",
  "usage.letters":
    "  --letters FOLDER     write one collection letter (.docx) per customer due one",
  "usage.company": "  --company NAME       the sender's name signed under the letters",
  "path.notAFolder": "{option} {file} is {kind}, not a folder: name a folder.",
  "summary.letterKeptAside":
    "{existing} in {folder} was not written by this command, or was changed since: it is kept as it is, and this letter is written as {writtenAs}.",
  "summary.wroteLetters": "Letters written to {folder}: {count}",
} as const;

export type CliMessageKey = keyof typeof CLI_EN_US;
