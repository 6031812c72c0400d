/**
 * Characters that give away the script: a Simplified character that Traditional text never
 * uses, and the Traditional character it replaced. Small on purpose (the words of this product,
 * not a dictionary) but enough to catch a string pasted into the wrong catalog.
 */

/** Simplified → Traditional, both sides exclusive to their script. */
const EXCLUSIVE_PAIRS =
  "户戶 额額 账賬 债債 务務 龄齡 与與 为為 号號 单單 发發 货貨 录錄 记記 评評 审審 级級 类類 态態 计計 " +
  "费費 销銷 银銀 产產 场場 历歷 经經 营營 组組 织織 总總 资資 负負 润潤 险險 担擔 请請 选選 数數 长長 " +
  "设設 语語 简簡 体體 运運 订訂 应應 称稱 编編 码碼 调調 变變 时時 间間 开開 关關 过過 这這 个個 们們 " +
  "对對 项項 页頁 报報 错錯 误誤 读讀 写寫 压壓 缩縮 栏欄 无無 导導 进進 现現 实實 际際 净淨 诉訴 讼訟 " +
  "机機 构構 电電 话話 托託 拟擬 区區 东東 证證 质質 约約 汇匯 币幣 种種 规規 则則 达達 买買 卖賣 库庫 " +
  "积積 处處 罚罰 状狀 标標 签簽 显顯 图圖 动動 输輸 条條 会會 损損 认認 赊賒 连連 续續 业業 内內 转轉 " +
  "预預 览覽 帮幫 围圍 备備 试試 细細 档檔 询詢 执執 财財 权權 结結 贴貼 贷貸 贸貿 纳納 兑兌 创創 严嚴 " +
  "岁歲 万萬 亿億 于於 获獲 偿償 竞競 争爭 响響 仅僅 冻凍 风風 暂暫 笔筆 问問 题題 删刪 盖蓋 " +
  "护護 带帶 虑慮 须須 绝絕 头頭 继繼 将將 见見 采採 坏壞 据據 检檢 筛篩 确確 议議 网網 况況 别別 讯訊";

/** Simplified characters that Traditional text also uses, but whose Traditional form is exclusive. */
const SHARED_SIMPLIFIED_PAIRS =
  "准準 占佔 余餘 后後 周週 里裡 台臺 冲沖 干幹 几幾 面麵 范範 只隻 云雲";

/** Second Traditional forms of a Simplified character already paired above (账 is 賬 or 帳). */
const TRADITIONAL_VARIANTS = "账帳 纪紀";

function pairsOf(list: string): [string, string][] {
  return list
    .split(" ")
    .filter(Boolean)
    .map((pair) => {
      const [simplified, traditional] = [...pair];
      return [simplified, traditional];
    });
}

const EXCLUSIVE = pairsOf(EXCLUSIVE_PAIRS);
const SHARED = pairsOf(SHARED_SIMPLIFIED_PAIRS);
const VARIANTS = pairsOf(TRADITIONAL_VARIANTS);
const ALL_PAIRS = [...EXCLUSIVE, ...SHARED, ...VARIANTS];

export const SIMPLIFIED_ONLY = new Set(EXCLUSIVE.map(([simplified]) => simplified));
export const TRADITIONAL_ONLY = new Set(ALL_PAIRS.map(([, traditional]) => traditional));
/** Every Traditional character listed has exactly one Simplified form. */
const TO_SIMPLIFIED = new Map<string, string>(
  ALL_PAIRS.map(([simplified, traditional]) => [traditional, simplified])
);

export function traditionalOnlyIn(text: string): string[] {
  return [...text].filter((ch) => TRADITIONAL_ONLY.has(ch));
}

export function simplifiedOnlyIn(text: string): string[] {
  return [...text].filter((ch) => SIMPLIFIED_ONLY.has(ch));
}

export function toSimplified(text: string): string {
  return [...text].map((ch) => TO_SIMPLIFIED.get(ch) ?? ch).join("");
}

export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
