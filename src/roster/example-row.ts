// The id the template's example row carries: the reader refuses a row with it (telling the clerk to
// delete the row), so an example left in a filled-in roster never reaches a budget.
export const EXAMPLE_ROW_IDS = { zh: '示例行-请删除', en: 'EXAMPLE-delete-this-row' } as const;

export function isExampleRowId(id: string): boolean {
  return id === EXAMPLE_ROW_IDS.zh || id === EXAMPLE_ROW_IDS.en;
}
