/** The command line's words in Traditional Chinese. */
import type { CliMessageKey } from "./en-US";

export const CLI_ZH_TW: Record<CliMessageKey, string> = {
  "usage.synopsis": "用法：credit-desk review <活頁簿.xlsx> [選項]",
  "usage.description":
    "評審 Excel 活頁簿中的客戶與應收帳款：信用評分、信用等級、信用額度、付款期限、帳齡及催收措施。原活頁簿不會被修改。",
  "usage.options": "選項：",
  "usage.asOf": "  --as-of YYYY-MM-DD   評審日期（預設：今天）",
  "usage.policy": "  --policy 檔案.json   採用的信用政策（預設：活頁簿保存的政策，否則為內建政策）",
  "usage.out": "  --out 檔案.xlsx      另存一份附有評審結果的活頁簿",
  "usage.comparePolicy":
    "  --compare-policy 檔案.json  同時按此政策評審並列出將有的變動；不為其寫入任何檔案",
  "usage.json": "  --json 檔案.json     以 JSON 格式輸出結果",
  "usage.lang": "  --lang 語言代碼      提示與輸出的語言：en-US、zh-CN 或 zh-TW",
  "usage.quiet": "  -q, --quiet          只顯示問題和錯誤",
  "usage.help": "  -h, --help           顯示本說明",
  "usage.example": "範例：credit-desk review 客戶.xlsx --as-of 2026-06-30 --out 評審結果.xlsx",

  "progress.reading": "正在讀取 {file} …",
  "progress.reviewing":
    "評審日期 {asOf}。客戶：{customers}，應收帳款：{receivables}，訂單：{orders}",
  "progress.writing": "正在寫入 {file} …",
  "progress.done": "完成，耗時 {seconds} 秒。",

  "summary.title": "信用評審（評審日期 {asOf}，政策版本 {policyVersion}）",
  "summary.customerId": "客戶編號",
  "summary.customerName": "客戶名稱",
  "summary.score": "評分",
  "summary.grade": "等級",
  "summary.limit": "信用額度",
  "summary.terms": "付款期限（天）",
  "summary.exposure": "已佔用額度",
  "summary.available": "可用額度",
  "summary.overdue": "逾期金額",
  "summary.status": "狀態",
  "summary.reasons": "原因",
  "summary.gradeCounts": "等級：A {a} · B {b} · C {c} · D {d} · 未評等 {none}",
  "summary.statusCounts": "狀態：正常 {ok} · 調降額度 {reduced} · 暫停授信 {suspended}",
  "summary.totals": "應收帳款餘額 {open} · 逾期 {overdue} · 應收帳款週轉天數 {dso} 天",
  "summary.noDso": "應收帳款週轉天數：無法計算（期間內無賒銷）",
  "summary.problemsHeading": "發現的問題：{count} 個",
  "summary.noProblems": "輸入資料中未發現問題。",
  "summary.problemAt": "{sheet}，第 {row} 列，{column} 欄：{message}",
  "summary.problemInRow": "{sheet}，第 {row} 列：{message}",
  "summary.problemInSheet": "{sheet}：{message}",
  "summary.moreProblems": "… 另有 {count} 個（完整清單見 JSON 輸出）",
  "summary.wroteWorkbook": "評審結果已寫入 {file}",
  "summary.wroteJson": "JSON 結果已寫入 {file}",
  "summary.rowsLeftOut": "已完成。有問題的列未計入會受其影響的合計。",

  "args.UNKNOWN_COMMAND":
    "未知指令「{detail}」。可用指令：credit-desk review <活頁簿.xlsx> 與 credit-desk policy --export。",
  "args.MISSING_WORKBOOK": "請指定要評審的活頁簿：credit-desk review <活頁簿.xlsx>",
  "args.UNKNOWN_OPTION": "未知選項「{detail}」：執行 credit-desk --help 查看所有選項。",
  "args.BAD_DATE": "--as-of 的日期格式應為 YYYY-MM-DD，例如 2026-06-30（收到的是「{detail}」）。",
  "args.BAD_LANG": "未知語言「{detail}」：請使用 en-US、zh-CN 或 zh-TW。將以英文繼續。",

  "file.notFound": "找不到檔案：{file}",
  "file.unreadable": "無法讀取 {file}：{detail}",
  "file.notUtf8":
    "{file} 不是 UTF-8 文字（也不是帶位元組順序標記的 UTF-16）：請另存為 UTF-8 後重新執行。",
  "file.notXlsx":
    "{file} 不是 .xlsx 活頁簿。請在 Excel 中開啟，另存為「Excel 活頁簿（.xlsx）」後重新執行。",
  "file.corrupt": "{file} 已損毀，無法作為活頁簿開啟：{detail}",
  "file.encrypted": "{file} 受密碼保護。請另存一份不含密碼的副本後重新執行。",
  "file.sheetTooLarge":
    "{file}：工作表「{sheet}」範圍為 {range}（{cells} 個儲存格），超過記憶體可容納的 {limit} 個儲存格上限；已在讀取前拒絕。",
  "file.sheetTooLargeRead":
    "{file}：讀取中發現工作表「{sheet}」已達 {range}（{cells} 個儲存格），超過記憶體可容納的 {limit} 個儲存格上限；已拒絕。",
  "file.tooLarge": "{file} 大小為 {sizeMb} MB；超過 {limitMb} MB 的檔案不予處理。",
  "file.zipBomb": "{file} 解壓縮後將超過 {limitMb} MB；基於安全考量不予處理。",
  "file.sameAsInput": "--out 必須指定一個新檔案：被評審的活頁簿絕不會被覆寫。",
  "file.writeFailed": "無法寫入 {file}：{detail}",

  "sheet.missing": "找不到{role}工作表。請將工作表命名為下列之一：{expected}。",
  "sheet.empty": "工作表「{sheet}」的標題列下沒有資料列。",
  "sheet.noHeader": "工作表「{sheet}」：找不到標題列。應有如下標題：{expected}。",
  "column.missing": "工作表「{sheet}」缺少{field}欄。應有如下標題之一：{expected}。",
  "column.duplicate":
    "工作表「{sheet}」有多個{field}欄（{columns}）。請重新命名或刪除其中一欄後重新執行。",
  "column.unreadable":
    "工作表「{sheet}」：第 {column} 欄{header}的 {values} 個值中有 {unreadable} 個無法讀取（例如 {cell}「{example}」）。為免大部分列被排除在合計之外，審查已停止。",
  "column.unreadableHeader": "（{header}）",
  "column.noResults":
    "工作表「{sheet}」第 {column} 欄{header}自第 {row} 列起有 {count} 個公式未儲存計算結果：請先用 Excel 或 LibreOffice 開啟並儲存該檔案，再重新執行。",
  "currency.mixed":
    "工作表「{sheet}」的金額涉及 {count} 種貨幣：{currencies}。不同貨幣的金額從不相加：請每個帳冊只審查一種貨幣，或在信用政策中指定審查貨幣。",
  "currency.rows": "{currency} {rows} 列",
  "currency.separator": "、",
  "amounts.tooLarge":
    "工作表「{sheet}」第 {column} 欄{header}的金額合計超過 {limit}，即審查能精確相加的最大金額。未寫入任何內容：請分批審查該帳冊，或檢查金額是否輸入錯誤。",
  "output.pastLastColumn":
    "工作表「{sheet}」：輸出欄將止於第 {lastColumn} 欄，超出 Excel 的最後一欄（{maxColumn}）。未寫入任何內容：請刪除表格右側的空欄，然後重新執行。",
  "role.customers": "客戶",
  "role.receivables": "應收帳款",
  "role.orders": "訂單",

  "policy.notJson": "信用政策檔案 {file} 不是有效的 JSON：{detail}",
  "whatIf.title": "若以政策 {version} 取代 {current}：",
  "whatIf.migration": "等級（現行 → 比較）：{moves}",
  "whatIf.noMigration": "等級：沒有客戶改變等級",
  "whatIf.limits": "額度合計 {from} → {to}",
  "whatIf.terms": "付款期限延長 {raised} 戶，縮短 {lowered} 戶；平均 {from} → {to} 天",
  "whatIf.overLimit": "新超出額度：{count} {ids}",
  "whatIf.suspensions": "新增停止信用 {added} · 解除 {lifted}",
  "whatIf.allowance": "損失準備 {from} → {to}",
  "whatIf.moneyUnitKept": "比較的政策指定了其他幣別或貨幣單位；沿用本次評審的。",
  "policy.invalid": "信用政策檔案 {file} 被拒絕：{detail}",
  "review.unreadable": "無法將此活頁簿讀取為客戶與應收帳款。",
  "error.unexpected": "非預期的錯誤：{detail}",

  "summary.severalReasons": "每個原因列在它所導致的狀態之下；一個客戶可能有多個原因。",
  "summary.severity.error": "錯誤：未計入合計的列",
  "summary.severity.warning": "警告：按假定值處理或未採用的值",
  "summary.infoHeading": "供參考（不屬於問題）：{count} 個",
  "summary.customersReviewed": "已評審客戶",
  "summary.customers": "客戶數",
  "summary.amount": "金額",
  "summary.noGrade": "未評級",
  "summary.netOpen": "應收帳款淨額",
  "summary.dso": "應收帳款週轉天數",
  "summary.dsoCountback": "倒推法應收帳款週轉天數",
  "summary.notAvailable": "無法計算",
  "summary.problemsBySheet": "各工作表的問題",
  "summary.wholeWorkbook": "（整個活頁簿）",
  "summary.outputNotes": "關於輸出：",
  "summary.policyFrom.given": "信用政策取自 {file}",
  "summary.policyFrom.sheet": "信用政策取自活頁簿中的工作表",
  "summary.policyFrom.default": "內建信用政策",
  "sheet.missingHeaders": "{message}或者讓表格帶有如下標題：{headers}。",
  "column.ambiguousHint": "評審不會猜測應使用哪一欄。",
  "file.zipBomb.any":
    "{file} 解壓縮後將遠超其大小或包含過多部件；基於安全考量不予處理（壓縮炸彈或檔案已損壞）。",
  "file.jsonSameAsInput": "--json 必須指定一個新檔案：被評審的活頁簿絕不會被覆寫。",
  "policy.sheetRefused": "工作表「{sheet}」中的信用政策被拒絕：{detail}",
  "summary.policyFrom.recorded": "信用政策取自上次評審記錄的工作表「{sheet}」",
  "summary.policyFrom.settings": "信用政策取自隨活頁簿儲存的設定",
  "usage.synopsisPolicy": "      credit-desk policy --export [--from 評審結果.xlsx] > 政策.json",
  "usage.export": "  --export             （policy）以 --policy 可讀取的 JSON 格式輸出信用政策",
  "usage.from": "  --from 檔案.xlsx     （policy）輸出活頁簿記錄的政策，而非內建政策",
  "usage.version": "  --version            顯示版本號",
  "args.MISSING_VALUE":
    "選項 {detail} 需要一個值（以 - 開頭的值請寫成 {detail}=值）。執行 credit-desk --help 查看所有選項。",
  "args.UNEXPECTED_VALUE": "選項 {detail} 不接受值。執行 credit-desk --help 查看所有選項。",
  "args.WRONG_COMMAND":
    "選項 {detail} 不屬於 {command} 指令。執行 credit-desk --help 查看所有選項。",
  "args.UNEXPECTED_ARGUMENT": "多餘的引數「{detail}」。執行 credit-desk --help 查看所有選項。",
  "args.POLICY_NEEDS_EXPORT":
    "policy 指令用於輸出信用政策：credit-desk policy --export [--from 評審結果.xlsx] > 政策.json",
  "path.notAFile": "{option} {file} 是{kind}，不是一般檔案：請指定一個檔案。",
  "path.inputNotAFile": "{file} 是{kind}，不是 .xlsx 檔案：請指定一個活頁簿檔案的路徑。",
  "path.inputStdin": "{file} 是標準輸入，無法評審：請指定一個 .xlsx 檔案的路徑。",
  "path.kind.file": "檔案",
  "path.kind.folder": "資料夾",
  "path.kind.device": "裝置",
  "path.kind.pipe": "具名管線",
  "path.kind.socket": "通訊端",
  "path.kind.brokenLink": "指向不存在檔案的連結",
  "path.same": "{first} 與 {second} 指向同一個檔案（{file}）：評審讀取和寫入的必須是不同的檔案。",
  "path.input": "被評審的活頁簿",
  "policy.tooLarge": "政策檔案 {file} 大小為 {sizeKb} KB；超過 {limitKb} KB 的政策檔案不予處理。",
  "policy.notRecorded":
    "{file} 沒有記錄信用政策：既沒有上次評審的政策工作表，也沒有「政策」工作表。不帶 --from 時，policy --export 輸出內建政策。",
  "usage.map": '  --map 欄位=標題      從該標題所在的欄讀取欄位（可重複；例如 --map id="客戶號"）',
  "usage.mapping": "  --mapping 檔案.json  各工作表的欄選擇：欄位 → 標題文字或欄號",
  "usage.noOrders": "  --no-orders          活頁簿沒有訂單表：曝險使用客戶表的未出貨訂單欄",
  "args.MAP_MALFORMED":
    '--map 的格式為 欄位=標題，例如 --map id="客戶號"（收到的是「{detail}」）。',
  "args.MAP_UNKNOWN_FIELD":
    "--map {detail}：「{field}」不是評審讀取的欄位；README 的「Choosing columns」一節列出了全部欄位。",
  "args.MAP_TWO_ROLES":
    "--map {detail}：「{field}」是兩個工作表共有的欄位，請寫明工作表：{choices}。",
  "args.MAP_TWICE": "--map {detail}：{field} 已經指定過欄；每個欄位只能指定一欄。",
  "mapping.notJson": "欄對應檔案 {file} 不是有效的 JSON：{detail}",
  "mapping.tooLarge":
    "欄對應檔案 {file} 大小為 {sizeKb} KB；超過 {limitKb} KB 的欄對應檔案不予處理。",
  "mapping.notObject":
    "欄對應檔案 {file} 應將每個工作表（customers、receivables、orders）對應到欄位，每個欄位給出標題文字或欄號。",
  "mapping.roleNotObject":
    "欄對應檔案 {file} 中「{entry}」的值不是欄位物件（每個欄位給出標題文字或欄號）。",
  "mapping.unknownRole":
    "欄對應檔案 {file} 中的「{entry}」不是工作表：請使用 customers、receivables 或 orders。",
  "mapping.unknownField":
    "欄對應檔案 {file} 中的「{entry}」不是該工作表的欄位；其欄位為：{fields}。",
  "mapping.badValue":
    "欄對應檔案 {file} 為「{entry}」給出的值 {value} 無效：請寫標題文字或 1 到 16384 之間的欄號。",
  "mapping.notColumnNumber":
    "欄對應檔案 {file} 為「{entry}」給出的數字不是欄號：請寫 1 到 16384 之間的整數，或寫標題文字。",
  "mapping.headerNotFound":
    "工作表「{sheet}」中沒有標題為「{header}」的欄，而 {option} 將其指定給 {field}。",
  "mapping.headerAmbiguous":
    "工作表「{sheet}」中有多欄的標題為「{header}」（{candidates}），而 {option} 將其指定給 {field}：請在 --mapping 中用欄號選擇其中一欄。",
  "mapping.noSheet": "{option} 為 {field} 指定了欄，但活頁簿中找不到{role}工作表，該欄不會被讀取。",
  "mapping.sameColumn":
    "工作表「{sheet}」：{first} 和 {second} 都指定為 {column} 欄，而一欄只能對應一個欄位：請為每個欄位指定各自的欄。",
  "mapping.savedSource": "活頁簿中儲存的欄對應",
  "summary.columnsHeading": "未讀取的欄：",
  "usage.letters": "  --letters 資料夾     為每位需要催款的客戶寫一封催款函（.docx）",
  "usage.company": "  --company 名稱       催款函落款的公司名稱",
  "path.notAFolder": "{option} {file} 是{kind}，不是資料夾：請指定一個資料夾。",
  "summary.letterKeptAside":
    "{folder} 中的 {existing} 不是本命令寫的，或之後被改過：保持原樣，這封信寫為 {writtenAs}。",
  "summary.wroteLetters": "催款函已寫入 {folder}：{count} 封",
};
