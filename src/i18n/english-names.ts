// English names of the payers and counties, which data/codes.json names in Chinese only. Shared by the
// labels of results and the sentences of reasons.

export const ENGLISH_COUNTIES: Readonly<Record<string, string>> = {
  zhongshan: 'Zhongshan District',
  liuzhi: 'Liuzhi Special District',
  panzhou: 'Panzhou (Pan County)',
  shuicheng: 'Shuicheng (Shuicheng County)',
};

const ENGLISH_PAYERS: Readonly<Record<string, string>> = {
  city: 'City finance',
  employer: 'Employer',
  employment_fund: 'Employment special fund',
  tax_forgone: 'Tax forgone (revenue reduced)',
  national: 'Through national channels',
};

/** English payer name: "county:zhongshan" → "Zhongshan District finance". */
export function englishPayerLabel(payer: string): string {
  const fixed = ENGLISH_PAYERS[payer];
  if (fixed) return fixed;
  if (payer.startsWith('county:')) {
    const county = payer.slice('county:'.length);
    return `${ENGLISH_COUNTIES[county] ?? county} finance`;
  }
  return payer;
}
