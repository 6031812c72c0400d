/**
 * Header texts a real sheet may carry for each input field, and sheet names for each role:
 * English, Simplified and Traditional Chinese merged, because a workbook's language says
 * nothing about the language of the person running the review. Matching ignores case and spaces
 * (see `src/workbook/fields.ts`, whose `HeaderSynonyms` this shape mirrors exactly).
 */

type FactorField =
  | "paymentRecord"
  | "bankCredit"
  | "profitability"
  | "solvency"
  | "operatingCapacity"
  | "capitalSize"
  | "firstImpression"
  | "history"
  | "organisation"
  | "operatingStatus"
  | "productMarket"
  | "prospects"
  | "dealMargin"
  | "productRequirements"
  | "marketAppeal"
  | "competitiveness"
  | "guarantee"
  | "substitutability";

type CustomerFieldKey =
  | "id"
  | "name"
  | FactorField
  | "currentAssets"
  | "inventory"
  | "currentLiabilities"
  | "totalAssets"
  | "totalLiabilities"
  | "equity"
  | "sales"
  | "netProfit"
  | "interestCharges"
  | "receivablesBalance"
  | "fixedAssets"
  | "yearsInBusiness"
  | "unshippedOrders"
  | "badPayments3m"
  | "isNewCustomer"
  | "manualStatus"
  | "longStanding"
  | "contactPerson"
  | "contactEmail"
  | "contactPhone"
  | "contactAddress"
  | "letterLanguage";

type ReceivableFieldKey =
  | "customerId"
  | "invoiceNo"
  | "invoiceDate"
  | "dueDate"
  | "termsDays"
  | "amount"
  | "paidAmount"
  | "openAmount"
  | "paidDate"
  | "currency"
  | "disputed"
  | "disputeReason"
  | "promisedDate";

type OrderFieldKey = "customerId" | "orderDate" | "amount" | "shipped";

type SheetRoleKey = "customers" | "receivables" | "orders";

type CollectionLogFieldKey =
  | "date"
  | "customerId"
  | "invoiceNo"
  | "action"
  | "person"
  | "promisedDate"
  | "promisedAmount"
  | "disputed"
  | "disputeReason"
  | "notes";

export interface HeaderSynonymsShape {
  customers: Record<CustomerFieldKey, string[]>;
  receivables: Record<ReceivableFieldKey, string[]>;
  orders: Record<OrderFieldKey, string[]>;
  sheetNames: Record<SheetRoleKey, string[]>;
  collectionLog: Record<CollectionLogFieldKey, string[]>;
  collectionLogSheetNames: string[];
}

/** The customer's key on the receivables and orders sheets. */
const CUSTOMER_KEY = [
  "Customer ID",
  "Customer No.",
  "Customer No",
  "Customer Number",
  "Customer Code",
  "Cust ID",
  "Cust No",
  "Account",
  "Account No.",
  "Account Number",
  "客户编号",
  "客戶編號",
  "客户代码",
  "客戶代碼",
  "客户编码",
  "客戶編碼",
  "客户号",
  "客戶號",
];

/** Receivable columns the Collection Log shares. */
const RECEIVABLE_INVOICE_NO = [
  "Invoice No.",
  "Invoice No",
  "Invoice Number",
  "Invoice #",
  "Invoice",
  "Document No.",
  "Doc No",
  "发票号",
  "發票號",
  "发票号码",
  "發票號碼",
  "发票编号",
  "發票編號",
  "单据号",
  "單據號",
  "单号",
  "單號",
];
const RECEIVABLE_DISPUTED = [
  "Disputed",
  "In Dispute",
  "Dispute",
  "争议",
  "爭議",
  "有争议",
  "有爭議",
  "是否争议",
  "是否爭議",
];
const RECEIVABLE_DISPUTE_REASON = ["Dispute Reason", "Reason for Dispute", "争议原因", "爭議原因"];
const RECEIVABLE_PROMISED_DATE = [
  "Promised Date",
  "Promise Date",
  "Promised Payment Date",
  "承诺付款日",
  "承諾付款日",
  "承诺付款日期",
  "承諾付款日期",
];

/** The 18 factors of CREDIT-POLICY.md §1, named as in the source manuals and in English. */
const FACTOR_HEADERS: Record<FactorField, string[]> = {
  paymentRecord: [
    "Payment Record",
    "Payment History",
    "付款记录",
    "付款記錄",
    "付款纪录",
    "付款紀錄",
  ],
  bankCredit: ["Bank Credit", "Bank Rating", "银行信用", "銀行信用"],
  profitability: ["Profitability", "获利能力", "獲利能力", "盈利能力"],
  solvency: ["Solvency", "偿债能力", "償債能力"],
  operatingCapacity: ["Operating Capacity", "Operating Efficiency", "营运能力", "營運能力"],
  capitalSize: ["Capital Size", "资本总额", "資本總額", "资本规模", "資本規模"],
  firstImpression: ["First Impression", "Appearance", "表面现象", "表面現象", "第一印象"],
  history: ["History", "Background", "历史背景", "歷史背景"],
  organisation: [
    "Organisation",
    "Organization",
    "Organisation & Management",
    "Organization & Management",
    "Organisation and Management",
    "Organization and Management",
    "组织管理",
    "組織管理",
  ],
  operatingStatus: ["Operating Status", "Business Condition", "经营状况", "經營狀況"],
  productMarket: [
    "Product & Market",
    "Product and Market",
    "Products and Markets",
    "产品与市场",
    "產品與市場",
  ],
  prospects: ["Prospects", "Outlook", "Development Prospects", "发展前景", "發展前景"],
  dealMargin: ["Deal Margin", "Transaction Margin", "交易利润率", "交易利潤率"],
  productRequirements: [
    "Product Requirements",
    "对产品的要求",
    "對產品的要求",
    "产品要求",
    "產品要求",
  ],
  marketAppeal: [
    "Market Appeal",
    "Effect on Market Appeal",
    "对市场吸引力影响",
    "對市場吸引力影響",
    "市场吸引力",
    "市場吸引力",
  ],
  competitiveness: [
    "Competitiveness",
    "Effect on Competitiveness",
    "对市场竞争力影响",
    "對市場競爭力影響",
    "市场竞争力",
    "市場競爭力",
  ],
  guarantee: [
    "Guarantee",
    "Collateral",
    "Guarantee / Collateral",
    "担保条件",
    "擔保條件",
    "担保",
    "擔保",
    "担保抵押",
    "擔保抵押",
  ],
  substitutability: ["Substitutability", "Replaceability", "可替代性"],
};

const HEADER_SYNONYMS: HeaderSynonymsShape = {
  customers: {
    id: [...CUSTOMER_KEY, "ID", "编号", "編號"],
    name: [
      "Customer Name",
      "Name",
      "Customer",
      "Company",
      "Company Name",
      "客户名称",
      "客戶名稱",
      "客户",
      "客戶",
      "公司名称",
      "公司名稱",
      "名称",
      "名稱",
    ],
    ...FACTOR_HEADERS,
    currentAssets: ["Current Assets", "流动资产", "流動資產"],
    inventory: ["Inventory", "Inventories", "Stock", "存货", "存貨", "库存", "庫存"],
    currentLiabilities: ["Current Liabilities", "流动负债", "流動負債"],
    totalAssets: [
      "Total Assets",
      "资产总额",
      "資產總額",
      "总资产",
      "總資產",
      "资产总计",
      "資產總計",
    ],
    totalLiabilities: [
      "Total Liabilities",
      "负债总额",
      "負債總額",
      "总负债",
      "總負債",
      "负债合计",
      "負債合計",
    ],
    equity: [
      "Equity",
      "Owners' Equity",
      "Owner's Equity",
      "Shareholders' Equity",
      "Net Assets",
      "所有者权益",
      "所有者權益",
      "股东权益",
      "股東權益",
      "业主权益",
      "業主權益",
      "净资产",
      "淨資產",
    ],
    sales: [
      "Sales",
      "Annual Sales",
      "Net Sales",
      "Revenue",
      "销售额",
      "銷售額",
      "销售收入",
      "銷售收入",
      "营业收入",
      "營業收入",
    ],
    netProfit: ["Net Profit", "Net Income", "净利润", "淨利潤", "净利", "淨利"],
    interestCharges: [
      "Interest Charges",
      "Interest Expense",
      "Finance Charges",
      "Interest and Discount Charges",
      "利息费用",
      "利息費用",
      "财务费用",
      "財務費用",
      "利息及贴现费用",
      "利息及貼現費用",
    ],
    receivablesBalance: [
      "Receivables",
      "Accounts Receivable",
      "Receivables Balance",
      "应收账款",
      "應收帳款",
      "應收賬款",
      "应收账款余额",
      "應收帳款餘額",
      "應收賬款餘額",
    ],
    fixedAssets: ["Fixed Assets", "固定资产", "固定資產"],
    yearsInBusiness: [
      "Years in Business",
      "Years Trading",
      "Company Age",
      "经营年限",
      "經營年限",
      "营业年限",
      "營業年限",
      "成立年限",
    ],
    unshippedOrders: [
      "Unshipped Orders",
      "Open Orders",
      "Orders Not Shipped",
      "未发货订单",
      "未發貨訂單",
      "未出货订单",
      "未出貨訂單",
      "未执行订单",
      "未執行訂單",
    ],
    badPayments3m: [
      "Bad Payments (3 months)",
      "Bad Payments 3M",
      "Bad Payments",
      "Bounced Payments",
      "不良付款次数",
      "不良付款次數",
      "退票次数",
      "退票次數",
      "近3个月不良付款",
      "近3個月不良付款",
    ],
    isNewCustomer: ["New Customer", "Is New Customer", "新客户", "新客戶"],
    manualStatus: [
      "Manual Status",
      "Status",
      "Credit Hold",
      "人工状态",
      "人工狀態",
      "手动状态",
      "手動狀態",
      "状态",
      "狀態",
    ],
    longStanding: [
      "Long-standing",
      "Long Standing",
      "Long-standing Customer",
      "Core Customer",
      "老客户",
      "老客戶",
      "长期客户",
      "長期客戶",
      "核心客户",
      "核心客戶",
    ],
    contactPerson: ["Contact Person", "Contact", "Contact Name", "联系人", "聯絡人", "聯繫人"],
    contactEmail: ["E-mail", "Email", "Contact E-mail", "邮箱", "郵箱"],
    contactPhone: ["Phone", "Telephone", "Tel", "Contact Phone", "电话", "電話"],
    contactAddress: [
      "Address",
      "Mailing Address",
      "地址",
      "通讯地址",
      "通訊地址",
      "联系地址",
      "聯絡地址",
    ],
    letterLanguage: ["Letter Language", "Language", "函件语言", "函件語言", "语言", "語言"],
  },
  receivables: {
    customerId: CUSTOMER_KEY,
    invoiceNo: RECEIVABLE_INVOICE_NO,
    invoiceDate: [
      "Invoice Date",
      "Document Date",
      "Date",
      "发票日期",
      "發票日期",
      "开票日期",
      "開票日期",
      "单据日期",
      "單據日期",
      "日期",
    ],
    dueDate: ["Due Date", "Due", "Payment Due Date", "到期日", "到期日期", "付款到期日"],
    termsDays: [
      "Terms",
      "Terms (days)",
      "Terms Days",
      "Payment Terms",
      "Credit Days",
      "Credit Terms",
      "付款期限",
      "付款期限（天）",
      "信用期",
      "信用期限",
      "账期",
      "帳期",
      "賬期",
      "结算账期",
      "結算帳期",
      "結算賬期",
    ],
    amount: [
      "Amount",
      "Invoice Amount",
      "Gross Amount",
      "Invoice Total",
      "金额",
      "金額",
      "发票金额",
      "發票金額",
      "开票金额",
      "開票金額",
      "应收金额",
      "應收金額",
    ],
    paidAmount: [
      "Paid",
      "Paid Amount",
      "Amount Paid",
      "Received",
      "Amount Received",
      "已付金额",
      "已付金額",
      "已收金额",
      "已收金額",
      "回款金额",
      "回款金額",
      "已付",
      "已收",
    ],
    openAmount: [
      "Open Amount",
      "Open",
      "Balance",
      "Outstanding",
      "Amount Due",
      "Balance Due",
      "未付金额",
      "未付金額",
      "未收金额",
      "未收金額",
      "余额",
      "餘額",
      "欠款金额",
      "欠款金額",
      "未清金额",
      "未清金額",
    ],
    paidDate: [
      "Paid Date",
      "Payment Date",
      "Date Paid",
      "Received Date",
      "付款日期",
      "收款日期",
      "回款日期",
      "到账日期",
      "到帳日期",
      "到賬日期",
    ],
    currency: ["Currency", "Curr", "Ccy", "币种", "幣種", "币别", "幣別", "货币", "貨幣"],
    disputed: RECEIVABLE_DISPUTED,
    disputeReason: RECEIVABLE_DISPUTE_REASON,
    promisedDate: RECEIVABLE_PROMISED_DATE,
  },
  orders: {
    customerId: CUSTOMER_KEY,
    orderDate: ["Order Date", "Date", "订单日期", "訂單日期", "下单日期", "下單日期", "日期"],
    amount: [
      "Amount",
      "Order Amount",
      "Order Value",
      "Value",
      "订单金额",
      "訂單金額",
      "金额",
      "金額",
    ],
    shipped: [
      "Shipped",
      "Delivered",
      "Shipped?",
      "Shipped (yes/no)",
      "已发货",
      "已發貨",
      "是否发货",
      "是否發貨",
      "已出货",
      "已出貨",
      "是否出货",
      "是否出貨",
    ],
  },
  collectionLog: {
    date: [
      "Date",
      "Log Date",
      "Contact Date",
      "日期",
      "记录日期",
      "記錄日期",
      "联系日期",
      "聯絡日期",
    ],
    customerId: CUSTOMER_KEY,
    invoiceNo: RECEIVABLE_INVOICE_NO,
    action: [
      "Action",
      "Action Taken",
      "Contact Type",
      "催收方式",
      "催收动作",
      "催收動作",
      "行动",
      "行動",
    ],
    person: ["Contact Person", "Contact", "Spoke To", "联系人", "聯絡人", "聯繫人"],
    promisedDate: RECEIVABLE_PROMISED_DATE,
    promisedAmount: [
      "Promised Amount",
      "Promise Amount",
      "承诺金额",
      "承諾金額",
      "承诺付款金额",
      "承諾付款金額",
    ],
    disputed: RECEIVABLE_DISPUTED,
    disputeReason: RECEIVABLE_DISPUTE_REASON,
    notes: ["Notes", "Note", "Remarks", "Comments", "备注", "備註", "说明", "說明"],
  },
  collectionLogSheetNames: [
    "Collection Log",
    "Collections Log",
    "Dunning Log",
    "Collection Notes",
    "催收记录",
    "催收記錄",
    "催款记录",
    "催款記錄",
  ],
  sheetNames: {
    customers: [
      "Customers",
      "Customer",
      "Customer List",
      "Customer Master",
      "Clients",
      "客户",
      "客戶",
      "客户资料",
      "客戶資料",
      "客户信息",
      "客戶信息",
      "客户资讯",
      "客戶資訊",
      "客户清单",
      "客戶清單",
      "客户名单",
      "客戶名單",
      "客户档案",
      "客戶檔案",
    ],
    receivables: [
      "Receivables",
      "AR",
      "Accounts Receivable",
      "Invoices",
      "Open Items",
      "Open Invoices",
      "应收账款",
      "應收帳款",
      "應收賬款",
      "应收款",
      "應收款",
      "应收明细",
      "應收明細",
      "发票",
      "發票",
    ],
    orders: ["Orders", "Sales Orders", "Order Book", "订单", "訂單", "销售订单", "銷售訂單"],
  },
};

function copyLists<K extends string>(lists: Record<K, string[]>): Record<K, string[]> {
  const copy = {} as Record<K, string[]>;
  for (const key of Object.keys(lists) as K[]) copy[key] = [...lists[key]];
  return copy;
}

/** A fresh copy each call, so a caller that edits its lists cannot change another's. */
export function headerSynonyms(): HeaderSynonymsShape {
  return {
    customers: copyLists(HEADER_SYNONYMS.customers),
    receivables: copyLists(HEADER_SYNONYMS.receivables),
    orders: copyLists(HEADER_SYNONYMS.orders),
    sheetNames: copyLists(HEADER_SYNONYMS.sheetNames),
    collectionLog: copyLists(HEADER_SYNONYMS.collectionLog),
    collectionLogSheetNames: [...HEADER_SYNONYMS.collectionLogSheetNames],
  };
}
