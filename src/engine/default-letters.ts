/**
 * The policy's default letter templates: one per written step of the collection ladder (§8:
 * reminder, first to fourth letter) in each language. Placeholders are filled per customer
 * (see `letter-placeholders.ts`); the statement of account is printed after the body.
 */
import type { LetterTemplate } from "./policy";

export const DEFAULT_LETTERS: LetterTemplate[] = [
  {
    action: "PHONE_REMINDER",
    language: "en-US",
    subject: "Payment reminder",
    body: "Dear {contact},\n\nOur records as of {asOf} show {overdueAmount} now due from {customer}, the oldest being invoice {oldestInvoice}. If payment is already on its way, please disregard this reminder; otherwise we would be grateful for payment at your earliest convenience.\n\nYours sincerely,\n{company}",
  },
  {
    action: "FIRST_LETTER",
    language: "en-US",
    subject: "First reminder: overdue account",
    body: "Dear {contact},\n\nAs of {asOf}, {overdueAmount} from {customer} is overdue, the oldest being invoice {oldestInvoice}. The statement below lists the open invoices. Please arrange payment, or tell us of any question about these invoices, within seven days.\n\nYours sincerely,\n{company}",
  },
  {
    action: "SECOND_LETTER_STOP_SUPPLY",
    language: "en-US",
    subject: "Second reminder: supply on hold",
    body: "Dear {contact},\n\nDespite our earlier reminder, {overdueAmount} from {customer} remains overdue as of {asOf} (oldest invoice {oldestInvoice}). Further deliveries are on hold until the overdue amount is paid. Please settle the statement below without delay.\n\nYours sincerely,\n{company}",
  },
  {
    action: "THIRD_LETTER",
    language: "en-US",
    subject: "Third reminder: urgent payment required",
    body: "Dear {contact},\n\nAs of {asOf}, {overdueAmount} from {customer} is more than two months overdue (oldest invoice {oldestInvoice}). We ask for payment in full within seven days and will contact you to arrange a meeting.\n\nYours sincerely,\n{company}",
  },
  {
    action: "FOURTH_LETTER",
    language: "en-US",
    subject: "Final notice before further action",
    body: "Dear {contact},\n\nAs of {asOf}, {overdueAmount} from {customer} is three months overdue (oldest invoice {oldestInvoice}). Unless the amount is paid within seven days, we will hand the account to a collection agency without further notice.\n\nYours sincerely,\n{company}",
  },
  {
    action: "PHONE_REMINDER",
    language: "zh-CN",
    subject: "付款提醒",
    body: "{contact}：您好！\n\n截至{asOf}，{customer}有应付款项{overdueAmount}已到期，最早一张发票为{oldestInvoice}。如款项已在途中，请忽略本提醒；否则请尽早安排付款。\n\n此致\n敬礼\n{company}",
  },
  {
    action: "FIRST_LETTER",
    language: "zh-CN",
    subject: "第一次催款函：账款逾期",
    body: "{contact}：您好！\n\n截至{asOf}，{customer}逾期未付款项合计{overdueAmount}，最早一张发票为{oldestInvoice}。未结发票见下方对账单。请于七日内安排付款，如对发票有疑问请及时告知。\n\n此致\n敬礼\n{company}",
  },
  {
    action: "SECOND_LETTER_STOP_SUPPLY",
    language: "zh-CN",
    subject: "第二次催款函：暂停供货",
    body: "{contact}：您好！\n\n经前次催告，截至{asOf}，{customer}仍有逾期款项{overdueAmount}未付（最早发票{oldestInvoice}）。在逾期款项付清之前，我方将暂停供货。请尽快结清下方对账单所列款项。\n\n此致\n敬礼\n{company}",
  },
  {
    action: "THIRD_LETTER",
    language: "zh-CN",
    subject: "第三次催款函：请立即付款",
    body: "{contact}：您好！\n\n截至{asOf}，{customer}的逾期款项{overdueAmount}已逾期两个月以上（最早发票{oldestInvoice}）。请于七日内全额付款，我方将与您联系安排拜访。\n\n此致\n敬礼\n{company}",
  },
  {
    action: "FOURTH_LETTER",
    language: "zh-CN",
    subject: "最后通知",
    body: "{contact}：您好！\n\n截至{asOf}，{customer}的逾期款项{overdueAmount}已逾期三个月（最早发票{oldestInvoice}）。如七日内仍未付款，我方将不再另行通知，直接委托收账机构处理。\n\n此致\n敬礼\n{company}",
  },
  {
    action: "PHONE_REMINDER",
    language: "zh-TW",
    subject: "付款提醒",
    body: "{contact}：您好！\n\n截至{asOf}，{customer}有應付款項{overdueAmount}已到期，最早一張發票為{oldestInvoice}。如款項已在途中，請忽略本提醒；否則請盡早安排付款。\n\n此致\n敬禮\n{company}",
  },
  {
    action: "FIRST_LETTER",
    language: "zh-TW",
    subject: "第一次催款函：帳款逾期",
    body: "{contact}：您好！\n\n截至{asOf}，{customer}逾期未付款項合計{overdueAmount}，最早一張發票為{oldestInvoice}。未結發票見下方對帳單。請於七日內安排付款，如對發票有疑問請及時告知。\n\n此致\n敬禮\n{company}",
  },
  {
    action: "SECOND_LETTER_STOP_SUPPLY",
    language: "zh-TW",
    subject: "第二次催款函：暫停供貨",
    body: "{contact}：您好！\n\n經前次催告，截至{asOf}，{customer}仍有逾期款項{overdueAmount}未付（最早發票{oldestInvoice}）。在逾期款項付清之前，我方將暫停供貨。請盡快結清下方對帳單所列款項。\n\n此致\n敬禮\n{company}",
  },
  {
    action: "THIRD_LETTER",
    language: "zh-TW",
    subject: "第三次催款函：請立即付款",
    body: "{contact}：您好！\n\n截至{asOf}，{customer}的逾期款項{overdueAmount}已逾期兩個月以上（最早發票{oldestInvoice}）。請於七日內全額付款，我方將與您聯繫安排拜訪。\n\n此致\n敬禮\n{company}",
  },
  {
    action: "FOURTH_LETTER",
    language: "zh-TW",
    subject: "最後通知",
    body: "{contact}：您好！\n\n截至{asOf}，{customer}的逾期款項{overdueAmount}已逾期三個月（最早發票{oldestInvoice}）。如七日內仍未付款，我方將不再另行通知，直接委託收帳機構處理。\n\n此致\n敬禮\n{company}",
  },
];
