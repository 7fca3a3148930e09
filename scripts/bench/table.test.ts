import { describe, expect, it } from 'vitest';
import { renderTable } from './table.ts';

describe('renderTable', () => {
  it('aligns text left and numbers right under a rule', () => {
    const text = renderTable(
      ['loại', 'yêu cầu', 'gzip'],
      [
        ['html', '1', '7.9 KB'],
        ['tổng', '12', '12.5 KB'],
      ],
    );
    expect(text.split('\n')).toEqual(['loại  yêu cầu     gzip', '----  -------  -------', 'html        1   7.9 KB', 'tổng       12  12.5 KB']);
  });
  it('prints just the header and rule when there are no rows', () => {
    expect(renderTable(['a', 'bb'], [])).toBe('a  bb\n-  --');
  });
});
