import type { Db } from '../db/client.js';
import { createContact } from '../modules/customers/create-contact.js';
import { createCustomer } from '../modules/customers/create-customer.js';
import { logFollowUp } from '../modules/customers/log-follow-up.js';
import { logService } from '../modules/customers/log-service.js';
import { releaseCustomer } from '../modules/customers/pool/release-customer.js';
import type { CustomerCreateInput, TCustomerSource, TCustomerType } from '../modules/customers/schemas.js';
import { setCollaborator } from '../modules/customers/set-collaborator.js';
import { setCustomerCredit } from '../modules/customers/set-customer-credit.js';
import { customers } from '../modules/customers/tables.js';
import { loadActor } from '../platform/access/actor.js';
import type { Clock } from '../platform/clock.js';
import type { Ctx } from '../platform/context.js';
import { userIdByUsername } from './load-demo.js';

const DAY_MS = 24 * 3_600_000;
const HOUR_MS = 3_600_000;

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A made-up but checksum-valid 统一社会信用代码 for the n-th demo company in a region. */
function demoCreditCode(region: string, n: number): string {
  const base = `91${region}MA1${String(n).padStart(6, '0')}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(base.charAt(i)) * (WEIGHTS[i] ?? 0);
  return base + ALPHABET.charAt((31 - (sum % 31)) % 31);
}

interface DemoCustomer {
  owner: string;
  name: string;
  region: string;
  industry: string;
  level: 'A' | 'B' | 'C' | 'D';
  type: TCustomerType;
  source: TCustomerSource;
  phone: string;
  address: string;
  contact: {
    name: string;
    gender: 'male' | 'female';
    title: string;
    mobile: string;
    birthdayInDays?: number;
  };
  /** Days ago the customer was entered. */
  since: number;
  /** Follow-ups: days ago, kind and what happened; `next` = a next step due in `nextInHours`. */
  followUps?: {
    daysAgo: number;
    kind: 'phone' | 'visit' | 'wechat' | 'email' | 'meeting';
    content: string;
  }[];
  next?: { step: string; inHours: number };
  creditLimitFen?: string;
  tags?: string[];
}

const SH = '310000';
const SZ = '440300';
const GZ = '440100';
const HZ = '330100';
const NJ = '320100';
const SU = '320500';
const BJ = '110000';

/** Realistic customers of a building-materials and equipment supplier, across the demo sales force. */
const samples: DemoCustomer[] = [
  // rep01 (华东一组, sup_east1)
  {
    owner: 'rep01',
    name: '上海浦东新材料科技有限公司',
    region: SH,
    industry: '新材料',
    level: 'A',
    type: 'existing',
    source: 'exhibition',
    phone: '021-5888 1201',
    address: '上海市浦东新区张江路 88 号',
    contact: { name: '王建国', gender: 'male', title: '采购总监', mobile: '13801710001', birthdayInDays: 5 },
    since: 50,
    followUps: [
      { daysAgo: 30, kind: 'visit', content: '拜访采购总监，介绍新一代防火板材，对方有意向试用' },
      { daysAgo: 6, kind: 'phone', content: '电话确认试用样品已到货，下周反馈测试结果' },
    ],
    next: { step: '回访样品测试结果', inHours: 20 },
    creditLimitFen: '50000000',
    tags: ['重点客户', '年框'],
  },
  {
    owner: 'rep01',
    name: '上海嘉定精工机械有限公司',
    region: SH,
    industry: '机械制造',
    level: 'B',
    type: 'target',
    source: 'visit',
    phone: '021-6958 2302',
    address: '上海市嘉定区安亭镇墨玉路 185 号',
    contact: { name: '李秀英', gender: 'female', title: '设备部经理', mobile: '13917220002' },
    since: 40,
    followUps: [{ daysAgo: 12, kind: 'meeting', content: '参加客户设备选型会，提交初步方案' }],
    creditLimitFen: '20000000',
  },
  {
    owner: 'rep01',
    name: '苏州工业园区恒达电子有限公司',
    region: SU,
    industry: '电子',
    level: 'B',
    type: 'potential',
    source: 'web',
    phone: '0512-6288 3403',
    address: '苏州工业园区星湖街 328 号',
    contact: { name: '张伟', gender: 'male', title: '总经理助理', mobile: '13862130003' },
    since: 20,
    followUps: [{ daysAgo: 18, kind: 'email', content: '发送产品目录和报价单' }],
  },
  {
    owner: 'rep01',
    name: '上海松江物流仓储有限公司',
    region: SH,
    industry: '物流',
    level: 'D',
    type: 'potential',
    source: 'phone',
    phone: '021-5778 4504',
    address: '上海市松江区九亭镇沪亭北路 99 号',
    contact: { name: '刘洋', gender: 'male', title: '仓储主管', mobile: '13636240004' },
    // No follow-up yet: the pool clock runs (a warning comes before it returns to the pool).
    since: 10,
  },
  {
    owner: 'rep01',
    name: '昆山华泰包装材料有限公司',
    region: SU,
    industry: '包装',
    level: 'C',
    type: 'distributor',
    source: 'referral',
    phone: '0512-5776 5605',
    address: '昆山市开发区前进东路 168 号',
    contact: { name: '陈静', gender: 'female', title: '采购员', mobile: '13776350005' },
    since: 15,
    followUps: [{ daysAgo: 3, kind: 'wechat', content: '微信沟通月度订单，客户要求提前发货' }],
  },
  // rep02 (华东一组, sup_east1)
  {
    owner: 'rep02',
    name: '上海闵行汽车零部件有限公司',
    region: SH,
    industry: '汽车零部件',
    level: 'A',
    type: 'existing',
    source: 'exhibition',
    phone: '021-6430 1106',
    address: '上海市闵行区莘庄工业区申富路 669 号',
    contact: { name: '杨帆', gender: 'male', title: '供应链总监', mobile: '13817460006', birthdayInDays: 12 },
    since: 55,
    followUps: [
      { daysAgo: 40, kind: 'visit', content: '年度供货协议续签洽谈' },
      { daysAgo: 9, kind: 'meeting', content: '与客户质量部开会，解决上批次色差问题' },
    ],
    creditLimitFen: '80000000',
    tags: ['重点客户'],
  },
  {
    owner: 'rep02',
    name: '无锡锡山纺织印染有限公司',
    region: '320200',
    industry: '纺织',
    level: 'B',
    type: 'existing',
    source: 'phone',
    phone: '0510-8870 2207',
    address: '无锡市锡山区东亭街道友谊南路 55 号',
    contact: { name: '赵敏', gender: 'female', title: '厂长', mobile: '13951570007' },
    since: 35,
    followUps: [{ daysAgo: 14, kind: 'phone', content: '客户询问新厂房地坪材料价格' }],
  },
  {
    owner: 'rep02',
    name: '上海青浦建设工程有限公司',
    region: SH,
    industry: '建筑工程',
    level: 'B',
    type: 'target',
    source: 'referral',
    phone: '021-5972 3308',
    address: '上海市青浦区华新镇华腾路 1288 号',
    contact: { name: '黄磊', gender: 'male', title: '项目经理', mobile: '13611680008' },
    since: 25,
    followUps: [{ daysAgo: 5, kind: 'visit', content: '现场勘查工地，了解防水材料需求' }],
    next: { step: '提交防水方案和报价', inHours: 44 },
  },
  {
    owner: 'rep02',
    name: '常州武进环保科技有限公司',
    region: '320400',
    industry: '环保',
    level: 'C',
    type: 'potential',
    source: 'web',
    phone: '0519-8631 4409',
    address: '常州市武进区湖塘镇花园街 12 号',
    contact: { name: '周婷', gender: 'female', title: '行政主管', mobile: '13861190009' },
    since: 8,
  },
  // rep03 (华东一组)
  {
    owner: 'rep03',
    name: '南京江宁智能装备有限公司',
    region: NJ,
    industry: '智能装备',
    level: 'A',
    type: 'existing',
    source: 'exhibition',
    phone: '025-5218 5510',
    address: '南京市江宁区秣陵街道胜太西路 168 号',
    contact: { name: '吴刚', gender: 'male', title: '副总经理', mobile: '13913800010' },
    since: 45,
    followUps: [{ daysAgo: 11, kind: 'visit', content: '陪同技术人员上门调试，客户满意' }],
    creditLimitFen: '60000000',
  },
  {
    owner: 'rep03',
    name: '扬州邗江照明电器有限公司',
    region: '321000',
    industry: '照明',
    level: 'C',
    type: 'target',
    source: 'phone',
    phone: '0514-8796 6611',
    address: '扬州市邗江区维扬路 301 号',
    contact: { name: '徐丽', gender: 'female', title: '采购经理', mobile: '13952750011' },
    since: 18,
  },
  {
    owner: 'rep03',
    name: '南京鼓楼医疗器械有限公司',
    region: NJ,
    industry: '医疗器械',
    level: 'B',
    type: 'agent',
    source: 'referral',
    phone: '025-8663 7712',
    address: '南京市鼓楼区中山北路 200 号',
    contact: { name: '孙磊', gender: 'male', title: '渠道经理', mobile: '13770820012' },
    since: 30,
    followUps: [{ daysAgo: 7, kind: 'phone', content: '沟通代理区域划分和返利政策' }],
  },
  // rep04–rep06 (华东二组, sup_east2)
  {
    owner: 'rep04',
    name: '杭州滨江网络设备有限公司',
    region: HZ,
    industry: '通信设备',
    level: 'A',
    type: 'existing',
    source: 'exhibition',
    phone: '0571-8771 8813',
    address: '杭州市滨江区网商路 699 号',
    contact: { name: '朱琳', gender: 'female', title: '采购总监', mobile: '13857110013', birthdayInDays: 9 },
    since: 48,
    followUps: [{ daysAgo: 16, kind: 'meeting', content: '季度业务回顾会，客户计划扩产' }],
    creditLimitFen: '70000000',
  },
  {
    owner: 'rep04',
    name: '宁波北仑港口机械有限公司',
    region: '330200',
    industry: '港口机械',
    level: 'B',
    type: 'target',
    source: 'visit',
    phone: '0574-8678 9914',
    address: '宁波市北仑区新碶街道明州路 88 号',
    contact: { name: '胡军', gender: 'male', title: '设备科长', mobile: '13805840014' },
    since: 22,
  },
  {
    owner: 'rep04',
    name: '绍兴柯桥轻纺贸易有限公司',
    region: '330600',
    industry: '纺织贸易',
    level: 'C',
    type: 'distributor',
    source: 'phone',
    phone: '0575-8412 0015',
    address: '绍兴市柯桥区中国轻纺城大道 1 号',
    contact: { name: '郭芳', gender: 'female', title: '老板娘', mobile: '13735310015' },
    since: 12,
    followUps: [{ daysAgo: 2, kind: 'wechat', content: '微信报价，客户嫌运费高' }],
  },
  {
    owner: 'rep05',
    name: '杭州萧山建材市场经营有限公司',
    region: HZ,
    industry: '建材流通',
    level: 'B',
    type: 'distributor',
    source: 'visit',
    phone: '0571-8288 1116',
    address: '杭州市萧山区市心中路 818 号',
    contact: { name: '何强', gender: 'male', title: '总经理', mobile: '13906510016' },
    since: 33,
    followUps: [{ daysAgo: 10, kind: 'visit', content: '拜访市场管理方，洽谈设立展示专柜' }],
  },
  {
    owner: 'rep05',
    name: '嘉兴南湖光伏科技有限公司',
    region: '330400',
    industry: '光伏',
    level: 'A',
    type: 'target',
    source: 'exhibition',
    phone: '0573-8221 2217',
    address: '嘉兴市南湖区亚太路 778 号',
    contact: { name: '高洁', gender: 'female', title: '采购经理', mobile: '13957320017' },
    since: 28,
    followUps: [{ daysAgo: 4, kind: 'email', content: '发送支架材料技术参数' }],
  },
  {
    owner: 'rep06',
    name: '湖州吴兴家居制造有限公司',
    region: '330500',
    industry: '家居',
    level: 'B',
    type: 'existing',
    source: 'referral',
    phone: '0572-2126 3318',
    address: '湖州市吴兴区织里镇富民路 56 号',
    contact: { name: '林峰', gender: 'male', title: '生产副总', mobile: '13819210018' },
    since: 38,
    followUps: [{ daysAgo: 13, kind: 'phone', content: '跟进上月订单回款' }],
  },
  {
    owner: 'rep06',
    name: '温州瓯海五金制品有限公司',
    region: '330300',
    industry: '五金',
    level: 'C',
    type: 'potential',
    source: 'web',
    phone: '0577-8652 4419',
    address: '温州市瓯海区娄桥工业园 6 号',
    contact: { name: '罗敏', gender: 'female', title: '采购', mobile: '13777780019' },
    since: 9,
  },
  {
    owner: 'rep06',
    name: '金华义乌小商品进出口有限公司',
    region: '330700',
    industry: '外贸',
    level: 'D',
    type: 'peer',
    source: 'exhibition',
    phone: '0579-8541 5520',
    address: '义乌市福田街道商城大道 2 号',
    contact: { name: '梁超', gender: 'male', title: '业务经理', mobile: '13967990020' },
    since: 6,
  },
  // rep07–rep09 (华南一组, sup_south1)
  {
    owner: 'rep07',
    name: '深圳南山智能终端有限公司',
    region: SZ,
    industry: '消费电子',
    level: 'A',
    type: 'existing',
    source: 'exhibition',
    phone: '0755-8660 6621',
    address: '深圳市南山区科技园南区高新南七道 10 号',
    contact: {
      name: '宋佳',
      gender: 'female',
      title: '供应链经理',
      mobile: '13823780021',
      birthdayInDays: 3,
    },
    since: 52,
    followUps: [{ daysAgo: 8, kind: 'meeting', content: '与客户研发对接新机型结构件材料' }],
    creditLimitFen: '90000000',
    tags: ['重点客户'],
  },
  {
    owner: 'rep07',
    name: '东莞松山湖电池材料有限公司',
    region: '441900',
    industry: '电池材料',
    level: 'B',
    type: 'target',
    source: 'visit',
    phone: '0769-2289 7722',
    address: '东莞市松山湖高新区工业南路 6 号',
    contact: { name: '郑浩', gender: 'male', title: '技术总监', mobile: '13790300022' },
    since: 26,
  },
  {
    owner: 'rep07',
    name: '深圳宝安模具制造有限公司',
    region: SZ,
    industry: '模具',
    level: 'C',
    type: 'existing',
    source: 'phone',
    phone: '0755-2998 8823',
    address: '深圳市宝安区福永街道凤凰工业区 3 栋',
    contact: { name: '谢娟', gender: 'female', title: '厂务', mobile: '13502880023' },
    since: 14,
    followUps: [{ daysAgo: 1, kind: 'phone', content: '客户反馈交期紧，协调仓库加急' }],
  },
  {
    owner: 'rep08',
    name: '广州天河商业地产有限公司',
    region: GZ,
    industry: '商业地产',
    level: 'A',
    type: 'target',
    source: 'referral',
    phone: '020-3888 9924',
    address: '广州市天河区珠江新城华夏路 30 号',
    contact: { name: '韩冰', gender: 'female', title: '工程部总监', mobile: '13926010024' },
    since: 42,
    followUps: [{ daysAgo: 15, kind: 'visit', content: '参加项目招标答疑会' }],
  },
  {
    owner: 'rep08',
    name: '佛山顺德家电配件有限公司',
    region: '440600',
    industry: '家电',
    level: 'B',
    type: 'existing',
    source: 'exhibition',
    phone: '0757-2228 0025',
    address: '佛山市顺德区北滘镇工业大道 18 号',
    contact: { name: '唐明', gender: 'male', title: '采购主管', mobile: '13690280025' },
    since: 31,
    followUps: [{ daysAgo: 6, kind: 'wechat', content: '确认下季度备货计划' }],
  },
  {
    owner: 'rep08',
    name: '广州番禺珠宝首饰有限公司',
    region: GZ,
    industry: '珠宝',
    level: 'D',
    type: 'potential',
    source: 'web',
    phone: '020-3482 1126',
    address: '广州市番禺区沙湾镇福龙路 999 号',
    contact: { name: '冯雪', gender: 'female', title: '店长', mobile: '13711560026' },
    since: 5,
  },
  {
    owner: 'rep09',
    name: '珠海横琴海洋工程有限公司',
    region: '440400',
    industry: '海洋工程',
    level: 'B',
    type: 'target',
    source: 'exhibition',
    phone: '0756-2996 2227',
    address: '珠海市横琴新区环岛东路 3000 号',
    contact: { name: '董亮', gender: 'male', title: '采购经理', mobile: '13823010027' },
    since: 24,
    followUps: [{ daysAgo: 9, kind: 'email', content: '发送防腐涂料检测报告' }],
  },
  {
    owner: 'rep09',
    name: '中山火炬开发区灯饰有限公司',
    region: '442000',
    industry: '灯饰',
    level: 'C',
    type: 'distributor',
    source: 'phone',
    phone: '0760-8559 3328',
    address: '中山市火炬开发区康乐大道 47 号',
    contact: { name: '萧红', gender: 'female', title: '经理', mobile: '13544830028' },
    since: 16,
  },
  {
    owner: 'rep09',
    name: '惠州仲恺新能源汽车配件有限公司',
    region: '441300',
    industry: '汽车零部件',
    level: 'A',
    type: 'existing',
    source: 'visit',
    phone: '0752-3268 4429',
    address: '惠州市仲恺高新区和畅五路 9 号',
    contact: { name: '程刚', gender: 'male', title: '副总经理', mobile: '13902650029' },
    since: 47,
    followUps: [{ daysAgo: 20, kind: 'meeting', content: '年度价格谈判，客户要求降价 3%' }],
    creditLimitFen: '45000000',
  },
  // rep10–rep12 (华南二组, sup_south2)
  {
    owner: 'rep10',
    name: '厦门思明进出口贸易有限公司',
    region: '350200',
    industry: '贸易',
    level: 'B',
    type: 'agent',
    source: 'referral',
    phone: '0592-2038 5530',
    address: '厦门市思明区鹭江道 8 号',
    contact: { name: '曹阳', gender: 'male', title: '总经理', mobile: '13906000030' },
    since: 36,
    followUps: [{ daysAgo: 12, kind: 'phone', content: '商讨闽南地区代理协议' }],
  },
  {
    owner: 'rep10',
    name: '福州鼓楼软件园科技有限公司',
    region: '350100',
    industry: '软件',
    level: 'C',
    type: 'potential',
    source: 'web',
    phone: '0591-8789 6631',
    address: '福州市鼓楼区软件大道 89 号',
    contact: { name: '袁媛', gender: 'female', title: '行政经理', mobile: '13805910031' },
    since: 11,
  },
  {
    owner: 'rep10',
    name: '南宁青秀区建筑装饰工程有限公司',
    region: '450100',
    industry: '建筑装饰',
    level: 'B',
    type: 'target',
    source: 'visit',
    phone: '0771-5588 7732',
    address: '南宁市青秀区民族大道 136 号',
    contact: { name: '邓超', gender: 'male', title: '项目总监', mobile: '13878100032' },
    since: 21,
    followUps: [{ daysAgo: 4, kind: 'visit', content: '拜访项目部，了解装饰板材用量' }],
  },
  {
    owner: 'rep11',
    name: '海口美兰航空食品有限公司',
    region: '460100',
    industry: '食品',
    level: 'C',
    type: 'potential',
    source: 'phone',
    phone: '0898-6576 8833',
    address: '海口市美兰区机场路 1 号',
    contact: { name: '彭丽', gender: 'female', title: '采购', mobile: '13976000033' },
    since: 13,
  },
  {
    owner: 'rep11',
    name: '长沙岳麓工程机械有限公司',
    region: '430100',
    industry: '工程机械',
    level: 'A',
    type: 'existing',
    source: 'exhibition',
    phone: '0731-8888 9934',
    address: '长沙市岳麓区麓谷大道 627 号',
    contact: { name: '曾强', gender: 'male', title: '采购部长', mobile: '13907310034' },
    since: 44,
    followUps: [{ daysAgo: 17, kind: 'meeting', content: '参加客户供应商大会' }],
    creditLimitFen: '65000000',
  },
  {
    owner: 'rep11',
    name: '桂林七星旅游开发有限公司',
    region: '450300',
    industry: '旅游',
    level: 'D',
    type: 'potential',
    source: 'web',
    phone: '0773-5812 0035',
    address: '桂林市七星区漓江路 25 号',
    contact: { name: '蒋琪', gender: 'female', title: '工程主管', mobile: '13977300035' },
    since: 7,
  },
  {
    owner: 'rep12',
    name: '广州白云机场物流有限公司',
    region: GZ,
    industry: '物流',
    level: 'B',
    type: 'existing',
    source: 'referral',
    phone: '020-3606 1136',
    address: '广州市白云区机场路 282 号',
    contact: { name: '蔡伟', gender: 'male', title: '仓储经理', mobile: '13660070036' },
    since: 39,
    followUps: [{ daysAgo: 8, kind: 'phone', content: '客户新增冷链仓库，询问保温材料' }],
  },
  {
    owner: 'rep12',
    name: '深圳龙岗电子商务有限公司',
    region: SZ,
    industry: '电子商务',
    level: 'C',
    type: 'peer',
    source: 'web',
    phone: '0755-2848 2237',
    address: '深圳市龙岗区坂田街道五和大道 4002 号',
    contact: { name: '潘婷', gender: 'female', title: '运营总监', mobile: '13510920037' },
    since: 10,
  },
  {
    owner: 'rep12',
    name: '北京中关村华宇信息技术有限公司',
    region: BJ,
    industry: '信息技术',
    level: 'B',
    type: 'target',
    source: 'exhibition',
    phone: '010-6288 3338',
    address: '北京市海淀区中关村大街 27 号',
    contact: { name: '钟鸣', gender: 'male', title: '采购总监', mobile: '13801020038' },
    since: 19,
    followUps: [{ daysAgo: 3, kind: 'email', content: '发送全国项目合作方案' }],
  },
];

/** Customers that end up in the public pool: entered by a rep, then released with a reason. */
const pooled: (DemoCustomer & { reason: string })[] = [
  {
    owner: 'rep05',
    name: '台州椒江塑料制品有限公司',
    region: '331000',
    industry: '塑料',
    level: 'C',
    type: 'potential',
    source: 'phone',
    phone: '0576-8882 4439',
    address: '台州市椒江区开发大道 188 号',
    contact: { name: '任杰', gender: 'male', title: '采购', mobile: '13905760039' },
    since: 30,
    reason: '客户暂无采购计划，放回公海',
  },
  {
    owner: 'rep09',
    name: '汕头龙湖玩具实业有限公司',
    region: '440500',
    industry: '玩具',
    level: 'D',
    type: 'potential',
    source: 'exhibition',
    phone: '0754-8826 5540',
    address: '汕头市龙湖区珠池路 23 号',
    contact: { name: '林小红', gender: 'female', title: '厂长助理', mobile: '13902750040' },
    since: 25,
    reason: '多次联系无人接听，放回公海',
  },
];

/** A birthday a few days ahead of `at` (so the greeting reminders have something to show). */
function birthdayIn(at: Date, days: number, year: number): string {
  const d = new Date(at.getTime() + days * DAY_MS);
  return `${year}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

function input(c: DemoCustomer, n: number, now: Date): CustomerCreateInput {
  return {
    name: c.name,
    creditCode: demoCreditCode(c.region, n),
    industry: c.industry,
    address: c.address,
    phone: c.phone.replace(/\D/g, ''),
    website: null,
    type: c.type,
    level: c.level,
    source: c.source,
    tags: c.tags ?? [],
    remark: null,
    contact: {
      name: c.contact.name,
      gender: c.contact.gender,
      title: c.contact.title,
      phones: [c.contact.mobile],
      email: null,
      wechat: null,
      birthday:
        c.contact.birthdayInDays === undefined ? null : birthdayIn(now, c.contact.birthdayInDays, 1980),
      remark: null,
    },
  };
}

/**
 * The demo customer file: about forty companies across rep01–rep12 (rep01 and rep02 under
 * sup_east1 have the richest files), two in the public pool, contacts with phones and a few
 * birthdays coming up, follow-ups with a next step or two in 待办, a collaborator on each of
 * two customers and a service log by a colleague from another region (CUS-5). Everything is
 * written through the use cases, so timeline, audit and due items are there too; each
 * customer is entered some days back on a clock of its own. Does nothing if customers exist.
 */
export async function loadDemoCustomers(db: Db, clock: Clock): Promise<void> {
  const [any] = await db.select({ id: customers.id }).from(customers).limit(1);
  if (any) return;
  const now = clock.now();
  const ctxFor = async (username: string, at: () => Date): Promise<Ctx> => ({
    db,
    clock: { now: at },
    actor: await loadActor(db, await userIdByUsername(db, username)),
    requestId: 'demo-load',
    ip: null,
    userAgent: null,
    lang: 'zh-CN',
  });
  const ids = new Map<string, string>();
  let n = 0;
  for (const c of [...samples, ...pooled]) {
    n += 1;
    let at = now.getTime() - c.since * DAY_MS;
    const ctx = await ctxFor(c.owner, () => new Date(at));
    const { customer } = await createCustomer(ctx, input(c, n, now));
    ids.set(c.name, customer.id);
    if (c.creditLimitFen) {
      // CUS-9: finance grants the credit limit after the rep has entered the customer.
      const finance = await ctxFor('finance', () => new Date(at + HOUR_MS));
      await setCustomerCredit(finance, customer.id, {
        creditLimitFen: c.creditLimitFen,
        creditRating: 'AA',
        reason: '年度授信评审',
      });
    }
    for (const f of c.followUps ?? []) {
      at = now.getTime() - f.daysAgo * DAY_MS;
      await logFollowUp(ctx, customer.id, {
        kind: f.kind,
        occurredAt: new Date(at).toISOString(),
        content: f.content,
      });
    }
    if (c.next) {
      at = now.getTime() - HOUR_MS;
      await logFollowUp(ctx, customer.id, {
        kind: 'phone',
        occurredAt: new Date(at).toISOString(),
        content: `约定下一步：${c.next.step}`,
        nextStep: c.next.step,
        nextStepAt: new Date(now.getTime() + c.next.inHours * HOUR_MS).toISOString(),
      });
    }
    if ('reason' in c) {
      at = now.getTime() - DAY_MS;
      await releaseCustomer(ctx, customer.id, { reason: String(c.reason) });
    }
  }

  // Team work: rep02 reads one of rep01's key accounts; rep03 helps on a rep02 customer.
  const team: [string, string, string, 'read' | 'write'][] = [
    ['rep01', '上海浦东新材料科技有限公司', 'rep02', 'read'],
    ['rep02', '上海青浦建设工程有限公司', 'rep03', 'write'],
  ];
  for (const [owner, name, who, access] of team) {
    const ctx = await ctxFor(owner, () => new Date(now.getTime() - 2 * DAY_MS));
    await setCollaborator(ctx, ids.get(name) ?? '', await userIdByUsername(db, who), access);
  }

  // A second contact for a key account.
  const key = ids.get('上海浦东新材料科技有限公司') ?? '';
  await createContact(await ctxFor('rep01', () => new Date(now.getTime() - 20 * DAY_MS)), key, {
    name: '周晓燕',
    gender: 'female',
    title: '财务经理',
    phones: ['02158881209'],
    email: 'zhouxy@example.com',
  });

  // CUS-5: a rep from 华南 takes a call for rep01's customer and logs the service.
  const south = await ctxFor('rep07', () => new Date(now.getTime() - 2 * HOUR_MS));
  await logService(south, key, {
    occurredAt: new Date(now.getTime() - 3 * HOUR_MS).toISOString(),
    content: '客户华南分厂来电询问发票寄送，已告知并转告负责人',
  });
}
