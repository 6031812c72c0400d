/**
 * Realistic company names, Chinese and English, drawn from word lists so that no name belongs
 * to a real company by design.
 */
import type { Random } from "./prng";

const CITIES = [
  "上海",
  "北京",
  "深圳",
  "广州",
  "杭州",
  "苏州",
  "宁波",
  "天津",
  "重庆",
  "成都",
  "武汉",
  "南京",
  "厦门",
  "青岛",
  "无锡",
  "佛山",
  "东莞",
  "合肥",
  "长沙",
  "郑州",
];
const BRANDS = [
  "华信",
  "恒达",
  "鑫源",
  "盛世",
  "宏图",
  "东方",
  "金鼎",
  "瑞丰",
  "中科",
  "永兴",
  "天成",
  "博远",
  "嘉禾",
  "润泽",
  "新锐",
  "晨光",
  "汇丰",
  "华美",
  "隆昌",
  "正泰",
  "联创",
  "海纳",
  "德润",
  "百川",
];
const TRADES = [
  "精密机械",
  "电子科技",
  "化工",
  "纺织",
  "物流",
  "建材",
  "食品",
  "医疗器械",
  "包装材料",
  "五金制品",
  "汽车配件",
  "塑胶",
  "光电",
  "环保科技",
  "家居用品",
  "贸易",
];
const CN_FORMS = ["有限公司", "股份有限公司", "实业有限公司", "集团有限公司"];

const EN_FIRST = [
  "Northwind",
  "Bluewater",
  "Summit",
  "Pioneer",
  "Harbor",
  "Redwood",
  "Golden Gate",
  "Evergreen",
  "Silverline",
  "Atlas",
  "Crescent",
  "Keystone",
  "Meridian",
  "Orchid",
  "Pacific Rim",
  "Sterling",
  "Trident",
  "Westbrook",
  "Lotus",
  "Jade River",
];
const EN_TRADES = [
  "Trading",
  "Logistics",
  "Components",
  "Electronics",
  "Foods",
  "Plastics",
  "Steel",
  "Textiles",
  "Packaging",
  "Machinery",
  "Chemicals",
  "Instruments",
];
const EN_FORMS = ["Ltd.", "Co., Ltd.", "Inc.", "GmbH", "Pte. Ltd.", "LLC", "Limited"];

function chineseName(random: Random): string {
  return random.pick(CITIES) + random.pick(BRANDS) + random.pick(TRADES) + random.pick(CN_FORMS);
}

function englishName(random: Random): string {
  return `${random.pick(EN_FIRST)} ${random.pick(EN_TRADES)} ${random.pick(EN_FORMS)}`;
}

/** A name not in `taken`; about two in three are Chinese. The chosen name is added to `taken`. */
export function uniqueCompanyName(random: Random, taken: Set<string>): string {
  for (;;) {
    const name = random.chance(0.65) ? chineseName(random) : englishName(random);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}
