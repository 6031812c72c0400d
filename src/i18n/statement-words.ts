/** Headings of the statement of account printed under a collection letter, per language. */
export interface StatementWords {
  title: string;
  invoiceNo: string;
  invoiceDate: string;
  dueDate: string;
  daysOverdue: string;
  openAmount: string;
  agingTitle: string;
  total: string;
  notDue: string;
}

export const STATEMENT_WORDS: Readonly<Record<"en-US" | "zh-CN" | "zh-TW", StatementWords>> = {
  "en-US": {
    title: "Statement of account",
    invoiceNo: "Invoice",
    invoiceDate: "Invoice date",
    dueDate: "Due date",
    daysOverdue: "Days overdue",
    openAmount: "Open amount",
    agingTitle: "Open amount by age",
    total: "Total",
    notDue: "Not due",
  },
  "zh-CN": {
    title: "对账单",
    invoiceNo: "发票号",
    invoiceDate: "开票日期",
    dueDate: "到期日",
    daysOverdue: "逾期天数",
    openAmount: "未付金额",
    agingTitle: "按账龄的未付金额",
    total: "合计",
    notDue: "未到期",
  },
  "zh-TW": {
    title: "對帳單",
    invoiceNo: "發票號",
    invoiceDate: "開票日期",
    dueDate: "到期日",
    daysOverdue: "逾期天數",
    openAmount: "未付金額",
    agingTitle: "按帳齡的未付金額",
    total: "合計",
    notDue: "未到期",
  },
};
