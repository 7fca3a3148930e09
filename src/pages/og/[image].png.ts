/** Share images, one per hub audience and one for the site, written as PNG files at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { OG_IMAGE_KEYS, ogImageSvg, type OgImageKey } from '../../lib/og-image';
import { renderPng } from '../../lib/og-render';
import { ogCardOf } from '../../share-data';

export const getStaticPaths = (() => OG_IMAGE_KEYS.map((image) => ({ params: { image } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const svg = ogImageSvg(await ogCardOf(params.image as OgImageKey));
  return new Response(new Uint8Array(renderPng(svg)), { headers: { 'Content-Type': 'image/png' } });
};
