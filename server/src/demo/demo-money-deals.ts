/**
 * The demo sales department's money loop: what each rep quoted, signed, delivered and collected,
 * in days before the demo's "now". Signing dates reach back about five months so that the
 * receivables fall into every aging bucket (AR-9 default 0–30, 31–60, 61–90, 90+ days overdue),
 * with some not yet due and some due within the week (AR-5). Amounts in whole yuan.
 * 上海嘉定精工机械有限公司 stays without contracts or debt: the browser test signs its first deal there.
 */

export type OrderStage = 'production' | 'partially_shipped' | 'shipped' | 'delivered' | 'accepted';
export type ContractStage = 'draft' | 'reviewing' | 'approved' | 'entered' | 'signed';
export type QuoteStage = 'draft' | 'reviewing' | 'approved' | 'sent' | 'declined' | 'accepted';

/** [product code, quantity, discount % off list (optional)]. */
export type LineSpec = [string, number, number?];

export interface PaymentSpec {
  daysAgo: number;
  yuan: number;
  method: 'cash' | 'bank_transfer' | 'pos_card' | 'acceptance_bill';
  /** Finance confirms it a day later (AR-4); otherwise it stays pending. */
  confirmed: boolean;
}

export interface DealSpec {
  owner: string;
  customer: string;
  title: string;
  /** Lines of the order (and of the quote when `viaQuote`). */
  lines: LineSpec[];
  /** The contract amount; without it, the accepted quote's total. */
  yuan?: number;
  /** Quote → review → sent → accepted → contract from the quote (Q2C-3/Q2C-5). */
  viaQuote?: boolean;
  /** Days before now the contract was signed (or, when not signed, drafted). */
  signedDaysAgo: number;
  stage?: ContractStage;
  /** An agreed split: [days after signing, percent] (AR-1); none = one instalment. */
  split?: [number, number][];
  order?: OrderStage;
  payments?: PaymentSpec[];
  invoices?: { daysAgo: number; yuan: number; kind: 'ordinary' | 'special' }[];
  /** A signed supplementary agreement adding to the contract (Q2C-8). */
  supplement?: { daysAgo: number; deltaYuan: number; title: string };
  /** An approved return with a credit note on the receivable (Q2C-8). */
  returned?: { daysAgo: number; creditYuan: number; reason: string };
}

export interface QuoteSpec {
  owner: string;
  customer: string;
  lines: LineSpec[];
  daysAgo: number;
  stage: Exclude<QuoteStage, 'accepted'>;
  remark?: string;
}

export const deals: DealSpec[] = [
  // 华东一组 rep01
  {
    owner: 'rep01',
    customer: '上海浦东新材料科技有限公司',
    title: '张江新厂区自动化控制系统采购合同',
    lines: [
      ['AC-PLC2', 6],
      ['AC-VFD15', 10],
    ],
    viaQuote: true,
    signedDaysAgo: 150,
    order: 'accepted',
    payments: [{ daysAgo: 100, yuan: 100_000, method: 'bank_transfer', confirmed: true }],
    invoices: [{ daysAgo: 118, yuan: 287_000, kind: 'special' }],
  },
  {
    owner: 'rep01',
    customer: '苏州工业园区恒达电子有限公司',
    title: '恒达新厂房泵阀及密封件合同',
    lines: [
      ['PV-IS80', 12],
      ['PV-D341', 20],
      ['SP-SEAL', 40],
    ],
    yuan: 168_000,
    signedDaysAgo: 45,
    order: 'partially_shipped',
    payments: [{ daysAgo: 1, yuan: 50_000, method: 'cash', confirmed: false }],
  },
  {
    owner: 'rep01',
    customer: '昆山华泰包装材料有限公司',
    title: '包装线减速机及备件供货合同',
    lines: [
      ['GR-WPA', 8],
      ['GR-CPL', 12],
    ],
    yuan: 36_800,
    signedDaysAgo: 10,
    order: 'production',
  },
  {
    owner: 'rep01',
    customer: '上海浦东新材料科技有限公司',
    title: '二期厂房配套泵组合同',
    lines: [['PV-CDL20', 8]],
    yuan: 126_400,
    signedDaysAgo: 2,
    stage: 'draft',
  },
  // 华东一组 rep02
  {
    owner: 'rep02',
    customer: '上海闵行汽车零部件有限公司',
    title: '涂装线输送及控制系统年度合同',
    lines: [
      ['AC-PLC2', 8],
      ['GR-R87', 12],
      ['AC-SEN', 40],
    ],
    yuan: 520_000,
    signedDaysAgo: 140,
    split: [
      [10, 30],
      [70, 40],
      [130, 30],
    ],
    order: 'delivered',
    payments: [{ daysAgo: 128, yuan: 156_000, method: 'bank_transfer', confirmed: true }],
    invoices: [
      { daysAgo: 132, yuan: 156_000, kind: 'special' },
      { daysAgo: 70, yuan: 208_000, kind: 'special' },
    ],
    supplement: { daysAgo: 20, deltaYuan: 48_000, title: '涂装线增补传感器补充协议' },
  },
  {
    owner: 'rep02',
    customer: '无锡锡山纺织印染有限公司',
    title: '印染车间循环泵供货合同',
    lines: [
      ['PV-IS80', 10],
      ['SP-IMP', 10],
      ['SP-SEAL', 20],
    ],
    yuan: 92_000,
    signedDaysAgo: 75,
    order: 'accepted',
    payments: [{ daysAgo: 40, yuan: 92_000, method: 'bank_transfer', confirmed: true }],
    invoices: [{ daysAgo: 60, yuan: 92_000, kind: 'ordinary' }],
  },
  {
    owner: 'rep02',
    customer: '上海青浦建设工程有限公司',
    title: '项目部排水泵站设备合同',
    lines: [
      ['PV-CDL20', 10],
      ['AC-VFD15', 10],
      ['PV-D341', 14],
    ],
    yuan: 245_000,
    signedDaysAgo: 25,
    order: 'shipped',
  },
  {
    owner: 'rep02',
    customer: '上海青浦建设工程有限公司',
    title: '临时供水设备租购合同',
    lines: [['PV-IS80', 12]],
    yuan: 96_000,
    signedDaysAgo: 4,
    stage: 'approved',
  },
  // 华东二组 rep04
  {
    owner: 'rep04',
    customer: '杭州滨江网络设备有限公司',
    title: '数据中心冷却系统设备合同',
    lines: [
      ['PV-CDL20', 12],
      ['AC-PLC2', 4],
      ['AC-VFD15', 12],
    ],
    yuan: 386_000,
    signedDaysAgo: 80,
    order: 'accepted',
    payments: [{ daysAgo: 30, yuan: 120_000, method: 'acceptance_bill', confirmed: true }],
    invoices: [{ daysAgo: 62, yuan: 386_000, kind: 'ordinary' }],
  },
  {
    owner: 'rep04',
    customer: '宁波北仑港口机械有限公司',
    title: '门机减速机更换合同',
    lines: [
      ['GR-R87', 5],
      ['GR-CPL', 14],
    ],
    yuan: 74_500,
    signedDaysAgo: 105,
    order: 'accepted',
    payments: [{ daysAgo: 2, yuan: 74_500, method: 'bank_transfer', confirmed: false }],
  },
  {
    owner: 'rep04',
    customer: '宁波北仑港口机械有限公司',
    title: '二期岸桥减速机框架合同',
    lines: [['GR-R87', 12]],
    yuan: 150_000,
    signedDaysAgo: 1,
    stage: 'draft',
  },
  // 华南一组 rep07
  {
    owner: 'rep07',
    customer: '深圳南山智能终端有限公司',
    title: '洁净厂房循环水系统合同',
    lines: [
      ['PV-CDL20', 20, 3],
      ['AC-SEN', 24, 3],
    ],
    viaQuote: true,
    signedDaysAgo: 130,
    order: 'accepted',
    payments: [
      { daysAgo: 95, yuan: 120_000, method: 'bank_transfer', confirmed: true },
      { daysAgo: 35, yuan: 80_000, method: 'bank_transfer', confirmed: true },
    ],
    invoices: [{ daysAgo: 100, yuan: 200_000, kind: 'special' }],
  },
  {
    owner: 'rep07',
    customer: '深圳宝安模具制造有限公司',
    title: '模具车间冷却泵合同',
    lines: [
      ['PV-IS80', 6],
      ['SP-BRG', 40],
      ['SP-SEAL', 20],
    ],
    yuan: 58_000,
    signedDaysAgo: 28,
    order: 'shipped',
  },
  {
    owner: 'rep07',
    customer: '东莞松山湖电池材料有限公司',
    title: '电解液车间计量泵及控制合同',
    lines: [
      ['AC-PLC2', 4],
      ['PV-CDL20', 4],
    ],
    yuan: 210_000,
    signedDaysAgo: 1,
    stage: 'reviewing',
  },
  // 华南一组 rep08
  {
    owner: 'rep08',
    customer: '佛山顺德家电配件有限公司',
    title: '注塑车间变频改造合同',
    lines: [
      ['AC-VFD15', 18],
      ['AC-SEN', 20],
    ],
    yuan: 132_000,
    signedDaysAgo: 95,
    order: 'accepted',
    invoices: [{ daysAgo: 80, yuan: 132_000, kind: 'ordinary' }],
    returned: { daysAgo: 50, creditYuan: 12_800, reason: '两台变频器运行异响，经检测为出厂缺陷，客户退货' },
  },
  {
    owner: 'rep08',
    customer: '广州天河商业地产有限公司',
    title: '商业综合体给排水设备总包合同',
    lines: [
      ['PV-CDL20', 24],
      ['AC-PLC2', 6],
      ['AC-VFD15', 20],
      ['PV-D341', 40],
    ],
    yuan: 680_000,
    signedDaysAgo: 55,
    order: 'production',
    payments: [{ daysAgo: 10, yuan: 200_000, method: 'acceptance_bill', confirmed: true }],
    invoices: [{ daysAgo: 12, yuan: 200_000, kind: 'special' }],
  },
  {
    owner: 'rep08',
    customer: '佛山顺德家电配件有限公司',
    title: '备品备件年度补货合同',
    lines: [
      ['SP-BRG', 60],
      ['SP-SEAL', 30],
    ],
    yuan: 45_000,
    signedDaysAgo: 3,
    stage: 'entered',
  },
  // 华南二组 rep11
  {
    owner: 'rep11',
    customer: '长沙岳麓工程机械有限公司',
    title: '总装线液压站配套设备合同',
    lines: [
      ['GR-R87', 14],
      ['AC-VFD15', 20],
      ['AC-SEN', 12],
    ],
    yuan: 310_000,
    signedDaysAgo: 160,
    order: 'accepted',
    payments: [{ daysAgo: 110, yuan: 150_000, method: 'bank_transfer', confirmed: true }],
    invoices: [{ daysAgo: 125, yuan: 310_000, kind: 'special' }],
  },
  {
    owner: 'rep11',
    customer: '长沙岳麓工程机械有限公司',
    title: '售后备件补充采购合同',
    lines: [
      ['SP-IMP', 40],
      ['SP-SEAL', 60],
      ['SP-BRG', 80],
    ],
    yuan: 88_000,
    signedDaysAgo: 12,
    order: 'production',
  },
];

/** Quotes on their own, in every state before a contract. */
export const openQuotes: QuoteSpec[] = [
  {
    owner: 'rep01',
    customer: '上海松江物流仓储有限公司',
    lines: [
      ['AC-SEN', 30],
      ['AC-VFD15', 4],
    ],
    daysAgo: 0.2,
    stage: 'draft',
    remark: '客户要求含安装调试，待技术确认',
  },
  {
    owner: 'rep02',
    customer: '常州武进环保科技有限公司',
    lines: [
      ['PV-IS80', 10, 8],
      ['SP-SEAL', 20, 8],
    ],
    daysAgo: 1,
    stage: 'reviewing',
    remark: '首单优惠 8%，超出本人折扣权限',
  },
  {
    owner: 'rep04',
    customer: '绍兴柯桥轻纺贸易有限公司',
    lines: [['GR-WPA', 20, 4]],
    daysAgo: 3,
    stage: 'approved',
  },
  {
    owner: 'rep07',
    customer: '东莞松山湖电池材料有限公司',
    lines: [
      ['PV-CDL20', 6],
      ['AC-SEN', 10],
    ],
    daysAgo: 6,
    stage: 'sent',
  },
  {
    owner: 'rep08',
    customer: '广州天河商业地产有限公司',
    lines: [['AC-PLC2', 3, 5]],
    daysAgo: 25,
    stage: 'declined',
  },
  {
    owner: 'rep11',
    customer: '海口美兰航空食品有限公司',
    lines: [['PV-IS80', 4]],
    daysAgo: 45,
    stage: 'sent',
    remark: '客户未在有效期内回复',
  },
];
