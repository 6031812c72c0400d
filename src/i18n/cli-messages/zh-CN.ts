/** The command line's words in Simplified Chinese. */
import type { CliMessageKey } from "./en-US";

export const CLI_ZH_CN: Record<CliMessageKey, string> = {
  "usage.synopsis": "用法：credit-desk review <工作簿.xlsx> [选项]",
  "usage.description":
    "评审 Excel 工作簿中的客户与应收账款：信用评分、信用等级、信用额度、付款期限、账龄及催收措施。原工作簿不会被修改。",
  "usage.options": "选项：",
  "usage.asOf": "  --as-of YYYY-MM-DD   评审日期（默认：今天）",
  "usage.policy": "  --policy 文件.json   采用的信用政策（默认：工作簿保存的政策，否则为内置政策）",
  "usage.out": "  --out 文件.xlsx      另存一份附有评审结果的工作簿",
  "usage.comparePolicy":
    "  --compare-policy 文件.json  同时按此政策评审并列出将有的变动；不为其写入任何文件",
  "usage.json": "  --json 文件.json     以 JSON 格式输出结果",
  "usage.lang": "  --lang 语言代码      提示与输出的语言：en-US、zh-CN 或 zh-TW",
  "usage.quiet": "  -q, --quiet          只显示问题和错误",
  "usage.help": "  -h, --help           显示本帮助",
  "usage.example": "示例：credit-desk review 客户.xlsx --as-of 2026-06-30 --out 评审结果.xlsx",

  "progress.reading": "正在读取 {file} …",
  "progress.reviewing":
    "评审日期 {asOf}。客户：{customers}，应收账款：{receivables}，订单：{orders}",
  "progress.writing": "正在写入 {file} …",
  "progress.done": "完成，用时 {seconds} 秒。",

  "summary.title": "信用评审（评审日期 {asOf}，政策版本 {policyVersion}）",
  "summary.customerId": "客户编号",
  "summary.customerName": "客户名称",
  "summary.score": "评分",
  "summary.grade": "等级",
  "summary.limit": "信用额度",
  "summary.terms": "付款期限（天）",
  "summary.exposure": "已占用额度",
  "summary.available": "可用额度",
  "summary.overdue": "逾期金额",
  "summary.status": "状态",
  "summary.reasons": "原因",
  "summary.gradeCounts": "等级：A {a} · B {b} · C {c} · D {d} · 未评级 {none}",
  "summary.statusCounts": "状态：正常 {ok} · 降低额度 {reduced} · 暂停授信 {suspended}",
  "summary.totals": "应收账款余额 {open} · 逾期 {overdue} · 应收账款周转天数 {dso} 天",
  "summary.noDso": "应收账款周转天数：无法计算（期间内无赊销）",
  "summary.problemsHeading": "发现的问题：{count} 个",
  "summary.noProblems": "输入数据中未发现问题。",
  "summary.problemAt": "{sheet}，第 {row} 行，{column} 列：{message}",
  "summary.problemInRow": "{sheet}，第 {row} 行：{message}",
  "summary.problemInSheet": "{sheet}：{message}",
  "summary.moreProblems": "… 另有 {count} 个（完整列表见 JSON 输出）",
  "summary.wroteWorkbook": "评审结果已写入 {file}",
  "summary.wroteJson": "JSON 结果已写入 {file}",
  "summary.rowsLeftOut": "已完成。有问题的行未计入会受其影响的合计。",

  "args.UNKNOWN_COMMAND":
    "未知命令“{detail}”。可用命令：credit-desk review <工作簿.xlsx> 与 credit-desk policy --export。",
  "args.MISSING_WORKBOOK": "请指定要评审的工作簿：credit-desk review <工作簿.xlsx>",
  "args.UNKNOWN_OPTION": "未知选项“{detail}”：运行 credit-desk --help 查看所有选项。",
  "args.BAD_DATE": "--as-of 的日期格式应为 YYYY-MM-DD，例如 2026-06-30（收到的是“{detail}”）。",
  "args.BAD_LANG": "未知语言“{detail}”：请使用 en-US、zh-CN 或 zh-TW。将以英文继续。",

  "file.notFound": "找不到文件：{file}",
  "file.unreadable": "无法读取 {file}：{detail}",
  "file.notUtf8":
    "{file} 不是 UTF-8 文本（也不是带字节顺序标记的 UTF-16）：请另存为 UTF-8 后重新运行。",
  "file.notXlsx":
    "{file} 不是 .xlsx 工作簿。请在 Excel 中打开，另存为“Excel 工作簿（.xlsx）”后重新运行。",
  "file.corrupt": "{file} 已损坏，无法作为工作簿打开：{detail}",
  "file.encrypted": "{file} 受密码保护。请另存一份不带密码的副本后重新运行。",
  "file.sheetTooLarge":
    "{file}：工作表“{sheet}”范围为 {range}（{cells} 个单元格），超过内存可容纳的 {limit} 个单元格上限；已在读取前拒绝。",
  "file.sheetTooLargeRead":
    "{file}：读取中发现工作表“{sheet}”已达 {range}（{cells} 个单元格），超过内存可容纳的 {limit} 个单元格上限；已拒绝。",
  "file.tooLarge": "{file} 大小为 {sizeMb} MB；超过 {limitMb} MB 的文件不予处理。",
  "file.zipBomb": "{file} 解压后将超过 {limitMb} MB；出于安全考虑不予处理。",
  "file.sameAsInput": "--out 必须指定一个新文件：被评审的工作簿绝不会被覆盖。",
  "file.writeFailed": "无法写入 {file}：{detail}",

  "sheet.missing": "找不到{role}工作表。请将工作表命名为以下之一：{expected}。",
  "sheet.empty": "工作表“{sheet}”的表头下没有数据行。",
  "sheet.noHeader": "工作表“{sheet}”：找不到表头行。应有如下表头：{expected}。",
  "column.missing": "工作表“{sheet}”缺少{field}列。应有如下表头之一：{expected}。",
  "column.duplicate":
    "工作表“{sheet}”有多个{field}列（{columns}）。请重命名或删除其中一列后重新运行。",
  "column.unreadable":
    "工作表“{sheet}”：第 {column} 列{header}的 {values} 个值中有 {unreadable} 个无法读取（例如 {cell}“{example}”）。为免大部分行被排除在合计之外，审查已停止。",
  "column.unreadableHeader": "（{header}）",
  "column.noResults":
    "工作表“{sheet}”第 {column} 列{header}自第 {row} 行起有 {count} 个公式未保存计算结果：请先用 Excel 或 LibreOffice 打开并保存该文件，再重新运行。",
  "currency.mixed":
    "工作表“{sheet}”的金额涉及 {count} 种货币：{currencies}。不同货币的金额从不相加：请每个台账只审查一种货币，或在信用政策中指定审查货币。",
  "currency.rows": "{currency} {rows} 行",
  "currency.separator": "、",
  "amounts.tooLarge":
    "工作表“{sheet}”第 {column} 列{header}的金额合计超过 {limit}，即审查能精确相加的最大金额。未写入任何内容：请分批审查该台账，或检查金额是否输错。",
  "output.pastLastColumn":
    "工作表“{sheet}”：输出列将止于第 {lastColumn} 列，超出 Excel 的最后一列（{maxColumn}）。未写入任何内容：请删除表格右侧的空列，然后重新运行。",
  "role.customers": "客户",
  "role.receivables": "应收账款",
  "role.orders": "订单",

  "policy.notJson": "信用政策文件 {file} 不是有效的 JSON：{detail}",
  "whatIf.title": "若以政策 {version} 取代 {current}：",
  "whatIf.migration": "等级（现行 → 比较）：{moves}",
  "whatIf.noMigration": "等级：没有客户改变等级",
  "whatIf.limits": "额度合计 {from} → {to}",
  "whatIf.terms": "付款期限延长 {raised} 户，缩短 {lowered} 户；平均 {from} → {to} 天",
  "whatIf.overLimit": "新超出额度：{count} {ids}",
  "whatIf.suspensions": "新增停止信用 {added} · 解除 {lifted}",
  "whatIf.allowance": "损失准备 {from} → {to}",
  "whatIf.moneyUnitKept": "比较的政策指定了其他币种或货币单位；沿用本次评审的。",
  "policy.invalid": "信用政策文件 {file} 被拒绝：{detail}",
  "review.unreadable": "无法将此工作簿读取为客户和应收账款。",
  "error.unexpected": "意外错误：{detail}",

  "summary.severalReasons": "每个原因列在它所导致的状态之下；一个客户可能有多个原因。",
  "summary.severity.error": "错误：未计入合计的行",
  "summary.severity.warning": "警告：按假定值处理或未采用的值",
  "summary.infoHeading": "供参考（不属于问题）：{count} 个",
  "summary.customersReviewed": "已评审客户",
  "summary.customers": "客户数",
  "summary.amount": "金额",
  "summary.noGrade": "未评级",
  "summary.netOpen": "应收账款净额",
  "summary.dso": "应收账款周转天数",
  "summary.dsoCountback": "倒推法应收账款周转天数",
  "summary.notAvailable": "无法计算",
  "summary.problemsBySheet": "各工作表的问题",
  "summary.wholeWorkbook": "（整个工作簿）",
  "summary.outputNotes": "关于输出：",
  "summary.policyFrom.given": "信用政策取自 {file}",
  "summary.policyFrom.sheet": "信用政策取自工作簿中的工作表",
  "summary.policyFrom.default": "内置信用政策",
  "sheet.missingHeaders": "{message}或者让表格带有如下表头：{headers}。",
  "column.ambiguousHint": "评审不会猜测应使用哪一列。",
  "file.zipBomb.any":
    "{file} 解压后将远超其大小或包含过多部件；出于安全考虑不予处理（压缩炸弹或文件已损坏）。",
  "file.jsonSameAsInput": "--json 必须指定一个新文件：被评审的工作簿绝不会被覆盖。",
  "policy.sheetRefused": "工作表“{sheet}”中的信用政策被拒绝：{detail}",
  "summary.policyFrom.recorded": "信用政策取自上次评审记录的工作表“{sheet}”",
  "summary.policyFrom.settings": "信用政策取自随工作簿保存的设置",
  "usage.synopsisPolicy": "      credit-desk policy --export [--from 评审结果.xlsx] > 政策.json",
  "usage.export": "  --export             （policy）以 --policy 可读取的 JSON 格式输出信用政策",
  "usage.from": "  --from 文件.xlsx     （policy）输出工作簿记录的政策，而非内置政策",
  "usage.version": "  --version            显示版本号",
  "args.MISSING_VALUE":
    "选项 {detail} 需要一个值（以 - 开头的值请写作 {detail}=值）。运行 credit-desk --help 查看所有选项。",
  "args.UNEXPECTED_VALUE": "选项 {detail} 不接受值。运行 credit-desk --help 查看所有选项。",
  "args.WRONG_COMMAND":
    "选项 {detail} 不属于 {command} 命令。运行 credit-desk --help 查看所有选项。",
  "args.UNEXPECTED_ARGUMENT": "多余的参数“{detail}”。运行 credit-desk --help 查看所有选项。",
  "args.POLICY_NEEDS_EXPORT":
    "policy 命令用于输出信用政策：credit-desk policy --export [--from 评审结果.xlsx] > 政策.json",
  "path.notAFile": "{option} {file} 是{kind}，不是普通文件：请指定一个文件。",
  "path.inputNotAFile": "{file} 是{kind}，不是 .xlsx 文件：请指定一个工作簿文件的路径。",
  "path.inputStdin": "{file} 是标准输入，无法评审：请指定一个 .xlsx 文件的路径。",
  "path.kind.file": "文件",
  "path.kind.folder": "文件夹",
  "path.kind.device": "设备",
  "path.kind.pipe": "命名管道",
  "path.kind.socket": "套接字",
  "path.kind.brokenLink": "指向不存在文件的链接",
  "path.same": "{first} 与 {second} 指向同一个文件（{file}）：评审读取和写入的必须是不同的文件。",
  "path.input": "被评审的工作簿",
  "policy.tooLarge": "政策文件 {file} 大小为 {sizeKb} KB；超过 {limitKb} KB 的政策文件不予处理。",
  "policy.notRecorded":
    "{file} 没有记录信用政策：既没有上次评审的政策工作表，也没有“政策”工作表。不带 --from 时，policy --export 输出内置政策。",
  "usage.map": '  --map 字段=表头      从该表头所在的列读取字段（可重复；例如 --map id="客户号"）',
  "usage.mapping": "  --mapping 文件.json  各工作表的列选择：字段 → 表头文字或列号",
  "usage.noOrders": "  --no-orders          工作簿没有订单表：敞口使用客户表的未发货订单列",
  "args.MAP_MALFORMED": '--map 的格式为 字段=表头，例如 --map id="客户号"（收到的是“{detail}”）。',
  "args.MAP_UNKNOWN_FIELD":
    "--map {detail}：“{field}”不是评审读取的字段；README 的“Choosing columns”一节列出了全部字段。",
  "args.MAP_TWO_ROLES":
    "--map {detail}：“{field}”是两个工作表共有的字段，请写明工作表：{choices}。",
  "args.MAP_TWICE": "--map {detail}：{field} 已经指定过列；每个字段只能指定一列。",
  "mapping.notJson": "列映射文件 {file} 不是有效的 JSON：{detail}",
  "mapping.tooLarge":
    "列映射文件 {file} 大小为 {sizeKb} KB；超过 {limitKb} KB 的列映射文件不予处理。",
  "mapping.notObject":
    "列映射文件 {file} 应将每个工作表（customers、receivables、orders）映射到字段，每个字段给出表头文字或列号。",
  "mapping.roleNotObject":
    "列映射文件 {file} 中“{entry}”的值不是字段对象（每个字段给出表头文字或列号）。",
  "mapping.unknownRole":
    "列映射文件 {file} 中的“{entry}”不是工作表：请使用 customers、receivables 或 orders。",
  "mapping.unknownField": "列映射文件 {file} 中的“{entry}”不是该工作表的字段；其字段为：{fields}。",
  "mapping.badValue":
    "列映射文件 {file} 为“{entry}”给出的值 {value} 无效：请写表头文字或 1 到 16384 之间的列号。",
  "mapping.notColumnNumber":
    "列映射文件 {file} 为“{entry}”给出的数字不是列号：请写 1 到 16384 之间的整数，或写表头文字。",
  "mapping.headerNotFound":
    "工作表“{sheet}”中没有表头为“{header}”的列，而 {option} 将其指定给 {field}。",
  "mapping.headerAmbiguous":
    "工作表“{sheet}”中有多列的表头为“{header}”（{candidates}），而 {option} 将其指定给 {field}：请在 --mapping 中用列号选择其中一列。",
  "mapping.noSheet": "{option} 为 {field} 指定了列，但工作簿中找不到{role}工作表，该列不会被读取。",
  "mapping.sameColumn":
    "工作表“{sheet}”：{first} 和 {second} 都指定为 {column} 列，而一列只能对应一个字段：请为每个字段指定各自的列。",
  "mapping.savedSource": "工作簿中保存的列映射",
  "summary.columnsHeading": "未读取的列：",
  "usage.letters": "  --letters 文件夹     为每位需要催款的客户写一封催款函（.docx）",
  "usage.company": "  --company 名称       催款函落款的公司名称",
  "path.notAFolder": "{option} {file} 是{kind}，不是文件夹：请指定一个文件夹。",
  "summary.letterKeptAside":
    "{folder} 中的 {existing} 不是本命令写的，或之后被改过：保持原样，这封信写为 {writtenAs}。",
  "summary.wroteLetters": "催款函已写入 {folder}：{count} 封",
};
