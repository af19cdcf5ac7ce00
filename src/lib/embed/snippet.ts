/**
 * The HTML a host pastes to embed one chart: a sandboxed, lazy iframe that reserves its space
 * (aspect ratio of the expected size, so the host page does not shift when it loads) and the
 * resize listener. The sandbox lets the chart run its scripts and open links in new tabs, but
 * gives it no same-origin access and no top navigation; no referrer, so the chart is not told
 * the host page's address.
 */
import { HOST_LISTENER, IFRAME_MARK } from './host-listener.ts';

export interface SnippetOptions {
  src: string;
  title: string;
  /** The expected size at the reference width, for the space reserved before the chart reports its height. */
  width: number;
  height: number;
}

export const SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedSnippet({ src, title, width, height }: SnippetOptions): string {
  const style = `display:block;width:100%;height:auto;aspect-ratio:${width}/${height};border:0`;
  const iframe =
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" ${IFRAME_MARK} ` +
    `loading="lazy" sandbox="${SANDBOX}" referrerpolicy="no-referrer" style="${style}" ` +
    `width="${width}" height="${height}"></iframe>`;
  return `${iframe}\n<script>${HOST_LISTENER}</script>`;
}
