/**
 * Bench data: the demo organisation plus 100,000 customers, 300,000 contacts and 500,000
 * follow-ups across its reps, written with set-based SQL (generate_series / unnest), not
 * through the HTTP API. Names, name keys and pinyin come from the application's own
 * functions (computed once per name here, then inserted in bulk); the search bigrams from the
 * database's generated columns.
 *
 *   npm run bench:seed -- --db=pglite      (bench/.data/pglite, recreated)
 *   npm run bench:seed -- --db=postgres    (database xg_bench, dropped and created;
 *                                           BENCH_DATABASE_URL to point elsewhere)
 */
import { rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Db, queryRows } from '../server/src/db/client.js';
import { migrateDatabase } from '../server/src/db/migrate.js';
import { loadDemoData } from '../server/src/demo/load-demo.js';
import { nameKey, namePinyin } from '../server/src/modules/customers/name-key.js';
import { ensurePresetRoles } from '../server/src/modules/roles/ensure-presets.js';
import { BusinessClock } from '../server/src/platform/clock.js';
import { engineFromArgs, openBenchDatabase, pgliteDir, postgresUrl } from './bench-db.js';
import { creditCodeFor } from './credit-code.js';

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const CUSTOMERS = arg('customers', 100_000);
const CONTACTS_PER_CUSTOMER = 3;
const FOLLOW_UPS_PER_CUSTOMER = 5;
const BATCH = 10_000;

const cities = [
  '北京',
  '上海',
  '杭州',
  '苏州',
  '南京',
  '宁波',
  '广州',
  '深圳',
  '佛山',
  '东莞',
  '厦门',
  '福州',
  '武汉',
  '长沙',
  '成都',
  '合肥',
  '济南',
  '青岛',
  '天津',
  '无锡',
];
const words1 = [
  '华',
  '中',
  '新',
  '东',
  '恒',
  '金',
  '鑫',
  '宏',
  '盛',
  '永',
  '泰',
  '瑞',
  '德',
  '兴',
  '正',
  '安',
  '通',
  '达',
  '远',
  '博',
  '天',
  '汇',
  '联',
  '信',
  '利',
  '嘉',
  '明',
  '和',
  '振',
  '卓',
];
const words2 = [
  '宇',
  '诚',
  '源',
  '峰',
  '晟',
  '辉',
  '鼎',
  '科',
  '创',
  '方',
  '邦',
  '海',
  '山',
  '林',
  '成',
  '昌',
  '隆',
  '光',
  '阳',
  '星',
  '凯',
  '威',
  '康',
  '美',
  '骏',
  '祥',
  '丰',
  '益',
  '业',
  '洋',
];
const trades = [
  '建材有限公司',
  '机械设备有限公司',
  '科技有限公司',
  '贸易有限公司',
  '装饰工程有限公司',
  '电气有限公司',
  '五金制品有限公司',
  '新材料股份有限公司',
  '实业有限公司',
  '物资供应有限公司',
  '环保设备有限公司',
  '管业有限公司',
];
const industries = [
  '建材',
  '机械',
  '电子',
  '贸易',
  '装饰',
  '电气',
  '五金',
  '化工',
  '实业',
  '物流',
  '环保',
  '管道',
];

/** The i-th company name; all 216,000 combinations are different. */
function companyName(i: number): string {
  let n = i;
  const trade = n % trades.length;
  n = Math.floor(n / trades.length);
  const w2 = n % words2.length;
  n = Math.floor(n / words2.length);
  const w1 = n % words1.length;
  n = Math.floor(n / words1.length);
  const city = n % cities.length;
  return `${cities[city]}${words1[w1]}${words2[w2]}${trades[trade]}`;
}

async function freshDatabase(engine: 'pglite' | 'postgres') {
  if (engine === 'pglite') {
    await rm(pgliteDir, { recursive: true, force: true });
  } else {
    const url = new URL(postgresUrl);
    const name = url.pathname.slice(1);
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected database name ${name}`);
    url.pathname = '/postgres';
    const admin = new pg.Client({ connectionString: url.toString() });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
    await admin.end();
  }
  return openBenchDatabase(engine);
}

async function step(label: string, work: () => Promise<unknown>) {
  const t0 = performance.now();
  await work();
  console.log(`  ${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

async function main() {
  const engine = engineFromArgs();
  console.log(`Seeding ${engine}${engine === 'postgres' ? ` (${postgresUrl})` : ` (${pgliteDir})`}`);
  const started = performance.now();
  const database = await freshDatabase(engine);
  const db: Db = database.db;
  const clock = new BusinessClock();
  await step('migrations, roles, demo organisation', async () => {
    await migrateDatabase(database);
    await ensurePresetRoles(db);
    await loadDemoData(db, clock);
  });

  // Owners: the twelve reps own most customers, their supervisors a few; one in twenty is in the pool.
  const owners = await queryRows<{ id: string; unit_id: string }>(
    db,
    sql`select id, unit_id from users where username like 'rep%' or username like 'sup_%' order by username`,
  );
  // Fixed lists go into the SQL as array literals (ids from the database, words from above).
  const literal = (values: string[], type: string) =>
    sql.raw(`array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]::${type}[]`);
  const ownerIds = literal(
    owners.map((o) => o.id),
    'uuid',
  );
  const ownerUnits = literal(
    owners.map((o) => o.unit_id),
    'uuid',
  );
  const industryList = literal(industries, 'text');
  const [hq] = await queryRows<{ id: string }>(db, sql`select id from units where code = 'EAST'`);
  const now = clock.now();

  // The search bigrams (ADR 19) are generated columns: the database computes them as the rows go
  // in. For the bulk load their GIN indexes take entries through the pending list, flushed once
  // by the vacuum at the end; then back to fastupdate off, as the migration made them.
  const bigramIndexes = ['customers_search_bigrams', 'customer_contacts_search_bigrams'];
  for (const index of bigramIndexes) await db.execute(sql.raw(`alter index ${index} set (fastupdate = on)`));

  await step(`${CUSTOMERS.toLocaleString()} customers`, async () => {
    for (let from = 0; from < CUSTOMERS; from += BATCH) {
      const rows: { name: string; key: string; py: string; code: string | null; i: number }[] = [];
      for (let i = from; i < Math.min(CUSTOMERS, from + BATCH); i++) {
        const name = companyName(i);
        rows.push({
          name,
          key: nameKey(name),
          py: namePinyin(name),
          code: i % 2 === 0 ? creditCodeFor(i) : null,
          i,
        });
      }
      await db.execute(sql`
        insert into customers (id, name, name_key, name_pinyin, credit_code, industry, unit_id, address, phone,
          type, level, source, lifecycle, owner_id, owned_since, pooled_at, credit_limit_fen, credit_rating, tags,
          remark, created_at, updated_at)
        select gen_random_uuid(), n.name, n.key, n.py, n.code,
          (${industryList})[1 + (n.i % ${industries.length})],
          case when n.i % 20 = 0 then ${hq?.id}::uuid else (${ownerUnits})[1 + (n.i % ${owners.length})] end,
          '地址 ' || n.i, '0' || (2100000000 + n.i)::text,
          (array['existing','target','potential','peer','distributor','agent'])[1 + (n.i % 6)],
          (array['A','B','C','D'])[1 + ((n.i / 7) % 4)],
          (array['phone','web','visit','exhibition','referral','other'])[1 + ((n.i / 3) % 6)],
          case when n.i % 25 = 0 then 'lead' else 'customer' end,
          case when n.i % 20 = 0 then null else (${ownerIds})[1 + (n.i % ${owners.length})] end,
          case when n.i % 20 = 0 then null else ts end,
          case when n.i % 20 = 0 then ts else null end,
          case when n.i % 3 = 0 then (n.i % 50 + 1) * 1000000 else null end,
          case when n.i % 3 = 0 then (array['A','B','C'])[1 + n.i % 3] else null end,
          case when n.i % 10 = 0 then array['重点'] when n.i % 10 = 1 then array['华东','老客户'] else '{}'::text[] end,
          'bench', ts, ts + interval '3 days'
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as n(name text, key text, py text, code text, i int),
          lateral (select ${now.toISOString()}::timestamptz - ((n.i * 7919) % 1095) * interval '1 day' as ts) t`);
    }
  });

  await step(`${(CUSTOMERS * CONTACTS_PER_CUSTOMER).toLocaleString()} contacts`, () =>
    db.execute(sql`
      insert into customer_contacts (customer_id, name, gender, title, phones, email, is_primary, created_at, updated_at)
      select c.id,
        (array['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','高','林','罗'])[1 + (c.n * 3 + k) % 20]
          || (array['伟','芳','娜','敏','静','磊','强','洋','艳','勇','军','杰','娟','涛','明','超','秀英','华','平','刚'])[1 + (c.n * 7 + k * 3) % 20],
        (array['male','female','unknown'])[1 + (c.n + k) % 3],
        (array['总经理','采购经理','工程部经理','财务','项目经理'])[1 + (c.n + k) % 5],
        array['13' || lpad(((c.n * ${CONTACTS_PER_CUSTOMER} + k) % 1000000000)::text, 9, '0')],
        'c' || c.n || '-' || k || '@example.com',
        (k = 1)::int, c.created_at, c.created_at
      from (select id, created_at, row_number() over (order by created_at, id) as n from customers where remark = 'bench') c
      cross join generate_series(1, ${CONTACTS_PER_CUSTOMER}) k`),
  );

  await step(`${(CUSTOMERS * FOLLOW_UPS_PER_CUSTOMER).toLocaleString()} follow-ups`, () =>
    db.execute(sql`
      insert into follow_ups (customer_id, author_id, kind, occurred_at, content, next_step, created_at, updated_at)
      select c.id, coalesce(c.owner_id, (${ownerIds})[1 + (c.n % ${owners.length})]),
        (array['phone','visit','wechat','email','meeting'])[1 + (c.n + k) % 5],
        least(c.created_at + (k * 9) * interval '1 day', ${now.toISOString()}::timestamptz),
        (array['电话沟通采购计划，客户关注交期','上门拜访，介绍新产品','微信发送报价单','邮件确认样品规格','会议讨论年度框架协议'])[1 + (c.n + k) % 5],
        case when k = ${FOLLOW_UPS_PER_CUSTOMER} then '下周回访' else null end,
        c.created_at, c.created_at
      from (select id, owner_id, created_at, row_number() over (order by created_at, id) as n from customers where remark = 'bench') c
      cross join generate_series(1, ${FOLLOW_UPS_PER_CUSTOMER}) k`),
  );

  await step('last follow-up per customer, collaborators', async () => {
    await db.execute(sql`
      update customers c set last_follow_up_at = f.last
      from (select customer_id, max(occurred_at) as last from follow_ups group by customer_id) f
      where f.customer_id = c.id`);
    // One customer in fifty has a colleague of the owner working it with them (read-only).
    await db.execute(sql`
      insert into customer_collaborators (customer_id, user_id, access, created_at, updated_at)
      select c.id, (${ownerIds})[1 + (c.n + 1) % ${owners.length}], 'read', c.created_at, c.created_at
      from (select id, created_at, row_number() over (order by created_at, id) as n from customers where remark = 'bench') c
      where c.n % 50 = 0
      on conflict do nothing`);
  });

  await step('vacuum analyze (GIN pending lists flushed)', async () => {
    for (const index of bigramIndexes)
      await db.execute(sql.raw(`alter index ${index} set (fastupdate = off)`));
    await db.execute(sql`vacuum analyze`);
  });
  const [counts] = await queryRows<{ customers: string; contacts: string; follow_ups: string }>(
    db,
    sql`select (select count(*) from customers) as customers, (select count(*) from customer_contacts) as contacts,
      (select count(*) from follow_ups) as follow_ups`,
  );
  console.log(
    `Done in ${((performance.now() - started) / 1000).toFixed(0)} s: ${counts?.customers} customers, ${counts?.contacts} contacts, ${counts?.follow_ups} follow-ups`,
  );
  await database.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
