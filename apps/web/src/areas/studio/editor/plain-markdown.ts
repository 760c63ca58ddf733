/**
 * Stands in for codemirror-json-schema's utils/markdown.js (see vite.config.mts): the same export, rendering the
 * library's messages and the schema's descriptions as escaped plain text, with `code` spans kept as <code>.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function renderMarkdown(markdown: string, inline = true): string {
  const escaped = String(markdown ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
  const html = escaped.replace(/`([^`]+)`/g, '<code>$1</code>');
  return inline ? html : `<p>${html}</p>`;
}
