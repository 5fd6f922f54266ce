// The Chinese header rows of the CSV (and xlsx) outputs, by column key. Only Chinese has one: an English
// header is the keys themselves, so these tables stand apart from the zh/en message catalogues.

/** roster's CSV with --header zh, and its xlsx sheets in Chinese. */
export const ROSTER_CSV_HEADER: Readonly<Record<string, string>> = {
  row: '行号', id: '编号', name: '姓名', tier: '人才层次', item: '项目代码', clause: '条款', payer: '支付方代码',
  monthly: '月标准', months: '月数', amount: '金额', status: '状态', item_label: '项目', payer_label: '支付方',
  category: '类别', tax_amount: '税收支出金额', year: '年度',
};

/** units' and budget's CSV with --header zh. */
export const BUDGET_CSV_HEADER: Readonly<Record<string, string>> = {
  kind: '类型', row: '行号', id: '编号', name: '名称', unit_type: '类别代码', unit_type_label: '类别', item: '项目代码',
  clause: '条款', payer: '支付方代码', amount: '金额', status: '状态', item_label: '项目', payer_label: '支付方',
  category: '类别', range_low: '区间下限', range_high: '区间上限',
  section: '部分', code: '代码', label: '名称', count: '项数', low: '下限', high: '上限',
  revenue: '一般性财政预算收入', floor: '专项资金下限', short_by: '下限内余额', exceeds_by: '超出下限', year: '年度',
};
