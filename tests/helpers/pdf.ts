/** Read a PDF the way a person would check a printout: how many pages, what size, what text. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfSummary {
  pages: number;
  /** Size of each page in millimetres, rounded. */
  sizesMm: Array<{ width: number; height: number }>;
  /** All text, pages in order, items joined by spaces. */
  text: string;
  /** Each page's text, items joined by spaces. */
  pageTexts: string[];
}

const MM_PER_POINT = 25.4 / 72;

export async function readPdf(bytes: Uint8Array): Promise<PdfSummary> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const sizesMm: PdfSummary['sizesMm'] = [];
  const texts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    sizesMm.push({ width: Math.round(width * MM_PER_POINT), height: Math.round(height * MM_PER_POINT) });
    const content = await page.getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  const pages = doc.numPages;
  await doc.cleanup();
  return { pages, sizesMm, text: texts.join('\n').normalize('NFC'), pageTexts: texts.map((t) => t.normalize('NFC')) };
}
