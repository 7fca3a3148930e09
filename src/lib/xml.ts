/**
 * The one escaper for markup we write by hand: SVG (QR codes, share images), XML (the RSS
 * channel), and HTML (embed code for portals, the editor's page). Every such string goes
 * through `escapeXml`; there is no second copy to keep in step.
 */

/** Escape the five XML special characters, for text content and attribute values alike (also valid in HTML). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}
