import { describe, expect, it } from 'vitest';
import { searchMeta } from './search-meta';

describe('searchMeta', () => {
  it('gives a đ→d, toneless copy of title, keywords, description and headings', () => {
    const meta = searchMeta({
      title: 'Đường dây nóng',
      description: 'Số điện thoại để gọi.',
      keywords: ['tổng đài', 'số điện thoại'],
      headings: ['Khi nào gọi 111'],
    });
    expect(meta).toEqual({
      fold_title: 'Duong day nong',
      keywords: 'tổng đài, số điện thoại',
      fold_keywords: 'tong dai, so dien thoai',
      fold_text: 'So dien thoai de goi. · Khi nao goi 111',
    });
  });

  it('writes the equivalent terms as written and đ→d', () => {
    const meta = searchMeta({ title: 'Ảnh', description: 'Mô tả.', synonyms: ['ảnh nóng', 'đe dọa'] });
    expect(meta.synonyms).toBe('ảnh nóng, đe dọa');
    expect(meta.fold_synonyms).toBe('anh nong, de doa');
  });

  it('leaves out empty fields rather than writing empty meta tags', () => {
    expect(Object.keys(searchMeta({ title: 'Giới thiệu', description: 'Về trang.' }))).toEqual(['fold_title', 'fold_text']);
  });
});
