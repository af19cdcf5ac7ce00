/**
 * Tells the host page how tall this embed is, whenever that changes (ResizeObserver, rounded up),
 * in our own message and in the shapes hosts of other tools already listen for, so a page that
 * embeds Datawrapper, Flourish, pym.js or AMP iframes resizes ours with no new script. Sends only
 * the height and the chart's id; reads nothing from the host.
 */
const HEIGHT_MESSAGE = 'frontier:height';

export function heightMessages(id: string, height: number, pymId: string | null): unknown[] {
  const messages: unknown[] = [
    { type: HEIGHT_MESSAGE, id, height },
    { 'datawrapper-height': { [id]: height } },
    // Flourish's own embeds post this as a JSON string, and its host script parses strings.
    JSON.stringify({ sender: 'Flourish', context: 'iframe.resize', method: 'resize', height }),
    { sentinel: 'amp', type: 'embed-size', height },
  ];
  // pym.js parents name the child in its URL (?childId=) and match messages on it.
  if (pymId) messages.push(`pymxPYMx${pymId}xPYMxheightxPYMx${height}`);
  return messages;
}

export function reportHeight(id: string, win: Window = window): void {
  if (win.parent === win) return;
  const pymId = new URLSearchParams(win.location.search).get('childId');
  const root = win.document.documentElement;
  // Framed, the page never scrolls: the host sizes the iframe to it. Without this, a scrollbar
  // shown while the iframe is still short narrows the text, which grows the page, and so on.
  root.classList.add('is-framed');
  let last = 0;
  const send = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    for (const message of heightMessages(id, height, pymId)) win.parent.postMessage(message, '*');
  };
  new ResizeObserver(send).observe(root);
  send();
}
