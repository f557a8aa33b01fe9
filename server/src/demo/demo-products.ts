import type { Db } from '../db/client.js';
import { productCategories, productPriceVersions, products } from '../modules/products/tables.js';
import { audit } from '../platform/audit/audit.js';
import type { Clock } from '../platform/clock.js';

const categories = ['工业泵阀', '传动与减速', '自动化控制', '备品备件'];

/** [category, code, name, unit, spec, list, floor, cost] — prices in yuan (whole), stored in fen. */
const catalogue: [number, string, string, string, string, number, number, number][] = [
  [0, 'PV-IS80', 'IS80-65-160 单级离心泵', '台', '流量 50m³/h，扬程 32m，7.5kW', 6800, 6120, 4350],
  [0, 'PV-CDL20', 'CDL20-8 立式多级泵', '台', '流量 20m³/h，不锈钢 304', 15800, 14200, 10100],
  [0, 'PV-D341', 'D341X-16 蝶阀 DN200', '件', '球墨铸铁阀体，涡轮传动', 2350, 2050, 1420],
  [1, 'GR-R87', 'R87 斜齿轮减速机', '台', '速比 1:20，输出扭矩 1800N·m', 12600, 11300, 8200],
  [1, 'GR-WPA', 'WPA100 蜗轮蜗杆减速机', '台', '速比 1:30，铸铁箱体', 3200, 2880, 1980],
  [1, 'GR-CPL', 'LX 弹性柱销联轴器', '套', 'LX4，孔径 40–63mm', 860, 760, 470],
  [2, 'AC-PLC2', 'S7-1200 PLC 控制柜', '套', 'CPU 1214C，含 HMI 触摸屏', 38500, 34600, 26000],
  [2, 'AC-VFD15', '15kW 通用变频器', '台', '三相 380V，矢量控制', 5600, 5040, 3700],
  [2, 'AC-SEN', '压力变送器 0–1.6MPa', '件', '4–20mA 输出，精度 0.25%', 1280, 1120, 690],
  [3, 'SP-SEAL', '机械密封组件', '套', '适配 IS/IH 系列泵', 420, 360, 210],
  [3, 'SP-BRG', '6312 深沟球轴承', '件', 'C3 游隙，双面密封', 260, 225, 140],
  [3, 'SP-IMP', '叶轮（铸钢）', '件', '适配 IS80 系列', 980, 860, 560],
];

/**
 * Q2C-1 demo catalogue: four categories and a dozen industrial products with list, floor and
 * cost prices (version 1, set by the director at loading). Does nothing when products exist.
 */
export async function loadDemoProducts(db: Db, clock: Clock): Promise<void> {
  const [any] = await db.select({ id: products.id }).from(products).limit(1);
  if (any) return;
  const at = clock.now();
  const ctx = {
    db,
    clock,
    actor: null,
    requestId: 'demo-load',
    ip: null,
    userAgent: null,
    lang: 'zh-CN' as const,
  };
  await db.transaction(async (tx) => {
    const categoryIds: string[] = [];
    for (const [sort, name] of categories.entries()) {
      const [row] = await tx
        .insert(productCategories)
        .values({ name, sort, createdAt: at, updatedAt: at })
        .returning();
      if (!row) throw new Error('category insert failed');
      categoryIds.push(row.id);
      await audit(tx, ctx, {
        entity: 'product_category',
        entityId: row.id,
        action: 'product_category.create',
        after: row,
      });
    }
    for (const [category, code, name, unit, spec, list, floor, cost] of catalogue) {
      const prices = {
        listPriceFen: BigInt(list) * 100n,
        floorPriceFen: BigInt(floor) * 100n,
        costFen: BigInt(cost) * 100n,
      };
      const [row] = await tx
        .insert(products)
        .values({
          code,
          name,
          categoryId: categoryIds[category]!,
          unit,
          spec,
          ...prices,
          status: 'active',
          priceVersion: 1,
          createdAt: at,
          updatedAt: at,
        })
        .returning();
      if (!row) throw new Error('product insert failed');
      const [version] = await tx
        .insert(productPriceVersions)
        .values({
          productId: row.id,
          version: 1,
          ...prices,
          reason: '新产品定价 / First price',
          effectiveAt: at,
        })
        .returning();
      await audit(tx, ctx, {
        entity: 'product',
        entityId: row.id,
        action: 'product.create',
        after: { row, version },
      });
    }
  });
}
