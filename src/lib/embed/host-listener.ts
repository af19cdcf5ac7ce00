/**
 * The script that goes once into a host page with our iframes. It resizes only the iframe whose
 * window sent the message, only to a finite height between MIN and MAX px, and does nothing else:
 * no navigation, no code from the message, nothing sent back. It is shipped as source text inside
 * the embed snippet, so it is written in the plain ES5 any host page runs, and kept tiny.
 */
export const HEIGHT_MESSAGE = 'frontier:height';
export const MIN_HEIGHT = 50;
export const MAX_HEIGHT = 10_000;
/** The attribute that marks our iframes in the host page. */
export const IFRAME_MARK = 'data-frontier-embed';

export const HOST_LISTENER = [
  '(function(){if(window.frontierEmbeds)return;window.frontierEmbeds=1;',
  `addEventListener("message",function(e){var d=e.data,h=d&&d.type==="${HEIGHT_MESSAGE}"&&d.height,f,i;`,
  `if(typeof h!=="number"||!isFinite(h)||h<${MIN_HEIGHT}||h>${MAX_HEIGHT})return;`,
  `f=document.querySelectorAll("iframe[${IFRAME_MARK}]");`,
  'for(i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=Math.ceil(h)+"px"})})();',
].join('');
