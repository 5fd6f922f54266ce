// The budget report's own CSS, after the shared page shell's (src/io/html.ts): headline figures in
// a grid, charts as wide as the text, compact tables, colours kept when printed; and its colours.
export const REPORT_CSS = `
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
h3{font-size:11.5pt;margin:5mm 0 1mm}
.subtitle{margin:0 0 1mm;font-size:10.5pt}
.meta{margin:0 0 1mm;color:#333}
.small{font-size:9pt}
.figures{display:grid;grid-template-columns:repeat(3,1fr);gap:3mm;margin:2mm 0 4mm}
.figure{border:1px solid #bbb;border-radius:2mm;padding:2mm 3mm;break-inside:avoid}
.figure .k{font-size:9pt;color:#444}
.figure .v{font-size:13pt;font-weight:700;font-variant-numeric:tabular-nums;white-space:nowrap}
.figure .s{font-size:9pt;color:#444}
.figure .s span{white-space:nowrap}
.figure.main{border-color:#0072b2;background:#eef6fb}
.figure.main .v{font-size:15pt;color:#005a8c}
.figure.warn{border-color:#d55e00;background:#fdf1ea}
svg.chart{display:block;max-width:100%;height:auto;margin:2mm 0 3mm}
svg.chart text{fill:#111;font-family:inherit}
svg.chart text.label{font-weight:600}
svg.chart .note,svg.chart text.name{fill:#555;font-weight:400}
svg.chart text.value{font-variant-numeric:tabular-nums}
table{font-size:9.5pt;break-inside:auto}
tr{break-inside:avoid}
thead{display:table-header-group}
td.strong,th.strong{font-weight:700}
caption{text-align:left;font-weight:600;padding:1mm 0}
@media print{th,td{padding:0.5mm 2mm}}
`;

// Tableau's 10 then their light tints: the items of the page take them in the policy's order, so the
// few items of a real budget get the most distinct hues and an item keeps its colour on every chart.
export const ITEM_COLORS = [
  '#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#b07aa1', '#edc948', '#76b7b2', '#ff9da7', '#9c755f', '#bab0ac',
  '#a0cbe8', '#ffbe7d', '#8cd17d', '#ff9d9a', '#d4a6c8', '#f1ce63', '#86bcb6', '#fabfd2', '#d7b5a6', '#79706e',
];
export const YEAR_COLORS = ['#9ecae1', '#4292c6', '#08519c', '#6baed6', '#2171b5', '#08306b'];
export const PAYER_COLOR = '#4e79a7';
export const COVERED_COLOR = '#009e73';
export const SHORT_COLOR = '#d55e00';
export const FLOOR_COLOR = '#333333';
