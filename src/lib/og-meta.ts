/** Open Graph and Twitter card tags: how a page looks when pasted into Facebook, Zalo or X. */

export interface OgImage {
  /** Absolute URL of a PNG. */
  url: string;
  width: number;
  height: number;
  /** What the image shows, for people who cannot see it. */
  alt: string;
}

export interface OgInput {
  type: 'website' | 'article';
  title: string;
  description: string;
  /** The page's canonical, absolute URL. */
  url: string;
  siteName: string;
  image: OgImage;
}

/** One <meta>: Open Graph uses property="og:…", Twitter uses name="twitter:…". */
export interface MetaTag {
  attr: 'property' | 'name';
  key: string;
  content: string;
}

/** Every sharing tag for a page, in a stable order. Relative URLs throw: link previews cannot resolve them. */
export function ogMeta(page: OgInput): MetaTag[] {
  for (const [field, value] of [
    ['url', page.url],
    ['image.url', page.image.url],
  ] as const) {
    if (!/^https?:\/\//.test(value)) throw new Error(`og:${field} phải là địa chỉ đầy đủ (https://…), đang là "${value}"`);
  }
  const og = (key: string, content: string | number): MetaTag => ({ attr: 'property', key: `og:${key}`, content: String(content) });
  const tw = (key: string, content: string): MetaTag => ({ attr: 'name', key: `twitter:${key}`, content });
  return [
    og('type', page.type),
    og('title', page.title),
    og('description', page.description),
    og('url', page.url),
    og('site_name', page.siteName),
    og('locale', 'vi_VN'),
    og('image', page.image.url),
    og('image:type', 'image/png'),
    og('image:width', page.image.width),
    og('image:height', page.image.height),
    og('image:alt', page.image.alt),
    tw('card', 'summary_large_image'),
    tw('title', page.title),
    tw('description', page.description),
    tw('image', page.image.url),
    tw('image:alt', page.image.alt),
  ];
}
