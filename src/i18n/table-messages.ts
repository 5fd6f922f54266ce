// The words of the table and CSV outputs of roster, units and budget: column heads, statuses, section
// titles (the Chinese CSV header row is csv-headers.ts). Part of the CLI's Messages (messages.ts).
import type { Lang } from './lang.js';

export interface TableMessages {
  table: {
    rowN(row: number): string;
    tier(tier: string | null): string;
    total: string;
    item: string; clause: string;
    monthsTimes(monthly: string, months: number): string;
    status: Readonly<Record<string, string>>;
    statusShort: Readonly<Record<string, string>>;
    oneOff: string;
    annual: string;
    taxMark: string;
    taxTitle: string;
    taxNote: string;
    rights: string;
    /** Claims not granted (issue #14). */
    declined: string;
    peopleComputed(count: number): string;
    /** A counted row (人数) in its block's head. */
    rowCount(count: number): string;
    noItems: string;
    rejectedTitle: string; row: string; id: string; column: string; problem: string;
    byPayerTitle: string; byItemTitle: string; byCountyTitle: string; uncomputedTitle: string;
    payer: string; county: string; count: string; yuan: string; wan: string;
    cityNoCounty: string;
    allComputed: string;
    uncomputedNote: string;
    heading(policy: string, year: number | string): string;
  };
}

const zh: TableMessages = {
  table: {
    rowN: (row) => `第${row}行`,
    tier: (tier) => (tier ? `${tier}类人才` : '无层次'),
    total: '合计',
    item: '项目', clause: '条款',
    monthsTimes: (monthly, months) => `${monthly} × ${months}个月`,
    status: {
      computed: '', rate_missing: '无法计算：缺少公租房租金标准', employer_set: '由用人单位确定，不计金额',
      range: '金额为区间，未确定（可用 --range low|mid|high 估算）', amount_missing: '缺少金额（须在花名册中填写）',
    },
    statusShort: { computed: '', rate_missing: '—（缺租金标准）', employer_set: '—（单位自定）', range: '—（区间待定）', amount_missing: '—（缺金额）' },
    oneOff: '一次性',
    annual: '全年',
    taxMark: '（税收支出）',
    taxTitle: '税收支出（减免、返还，不计入现金合计）',
    taxNote: '税收支出是少收的税款，不是财政支出，另行列示。',
    rights: '非资金待遇',
    declined: '未予享受（申请条件不符）',
    peopleComputed: (count) => `共 ${count} 人`,
    noItems: '（本年度无待遇）',
    rejectedTitle: '被拒绝的行', row: '行', id: '编号', column: '列', problem: '问题',
    byPayerTitle: '按支付方汇总', byItemTitle: '按项目汇总', byCountyTitle: '按县区汇总', uncomputedTitle: '无法计算（不计入合计）',
    payer: '支付方', county: '县区', count: '项数', yuan: '金额（元）', wan: '万元',
    cityNoCounty: '市级（无县区）',
    allComputed: '所有项目均已计算',
    uncomputedNote: '这些项目有资格但无金额：缺少租金标准的请补充租金（花名册“公租房月租金”列或 --rent-rates）；用人单位确定的由单位另行列支；区间金额可用 --range 估算；缺少金额的请在花名册中填写。',
    heading: (policy, year) => `${year} 年度  政策版本 ${policy}`,
    rowCount: (count) => `${count} 人`,
  },
};

const en: TableMessages = {
  table: {
    rowN: (row) => `line ${row}`,
    tier: (tier) => (tier ? `tier ${tier}` : 'no tier'),
    total: 'Total',
    item: 'Item', clause: 'Clause',
    monthsTimes: (monthly, months) => `${monthly} × ${months} months`,
    status: {
      computed: '', rate_missing: 'not computed: public rental rent missing', employer_set: 'set by the employer, no amount',
      range: 'a range, not decided (estimate with --range low|mid|high)', amount_missing: 'amount missing (to be given in the roster)',
    },
    statusShort: { computed: '', rate_missing: '— (rent missing)', employer_set: '— (employer-set)', range: '— (range)', amount_missing: '— (amount missing)' },
    oneOff: 'one-off',
    annual: 'annual',
    taxMark: ' (tax)',
    taxTitle: 'Tax expenditures (outside the cash total)',
    taxNote: 'Tax expenditures are revenue forgone, not outlays; they are listed apart.',
    rights: 'Non-money',
    declined: 'Declined (conditions not met)',
    peopleComputed: (count) => `${count} people`,
    noItems: '(no entitlements this year)',
    rejectedTitle: 'Rejected rows', row: 'Line', id: 'ID', column: 'Column', problem: 'Problem',
    byPayerTitle: 'By payer', byItemTitle: 'By item', byCountyTitle: 'By county', uncomputedTitle: 'Not computed (outside the total)',
    payer: 'Payer', county: 'County', count: 'Items', yuan: 'Amount (yuan)', wan: '10k yuan',
    cityNoCounty: 'City level (no county)',
    allComputed: 'every item was computed',
    uncomputedNote: 'These items are due but have no amount: supply the rent (roster column rent_per_m2 or --rent-rates) for missing rates; employer-set items are paid by the employer; estimate ranges with --range; give missing amounts in the roster.',
    heading: (policy, year) => `Budget year ${year}  policy ${policy}`,
    rowCount: (count) => `${count} people`,
  },
};

export function tableMessages(lang: Lang): TableMessages {
  return lang === 'en' ? en : zh;
}
